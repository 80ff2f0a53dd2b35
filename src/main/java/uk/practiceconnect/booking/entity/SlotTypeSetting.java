package uk.practiceconnect.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.practiceconnect.emis.entity.SlotType;

/**
 * One slot type as the practice sees it on the settings page: known from EMIS, bookable online or
 * not, and the clinicians seen with it (known) and allowed for online booking (empty = any).
 */
@Embeddable
public class SlotTypeSetting {

  @Column(nullable = false, length = SlotType.MAX_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean bookable;

  @Column(name = "known_clinicians", length = 4000)
  private String knownClinicians;

  @Column(name = "allowed_clinicians", length = 4000)
  private String allowedClinicians;

  protected SlotTypeSetting() {}

  public SlotTypeSetting(
      SlotType type, boolean bookable, Collection<String> known, Collection<String> allowed) {
    this.name = type.value();
    this.bookable = bookable;
    this.knownClinicians = join(known);
    this.allowedClinicians = join(allowed);
  }

  public SlotType type() {
    return SlotType.of(name);
  }

  public boolean bookable() {
    return bookable;
  }

  public Set<String> knownClinicians() {
    return split(knownClinicians);
  }

  public Set<String> allowedClinicians() {
    return split(allowedClinicians);
  }

  /** The column's size: names that would not fit are left out whole, never cut. */
  static final int MAX_JOINED = 4000;

  /** Names are one line each, so a newline separates them safely. */
  static String join(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (String name :
        names.stream()
            .filter(s -> s != null)
            .map(String::strip)
            .filter(s -> !s.isEmpty() && s.indexOf('\n') < 0)
            .collect(Collectors.toCollection(TreeSet::new))) {
      int needed = name.length() + (joined.isEmpty() ? 0 : 1);
      if (joined.length() + needed > MAX_JOINED) {
        continue; // a shorter name further on may still fit
      }
      if (!joined.isEmpty()) {
        joined.append('\n');
      }
      joined.append(name);
    }
    return joined.isEmpty() ? null : joined.toString();
  }

  static Set<String> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(joined.split("\n")).collect(Collectors.toCollection(TreeSet::new));
  }
}
