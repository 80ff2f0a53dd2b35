package uk.practiceconnect.booking.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.platform.entity.SettingsVersion;

/**
 * A practice's booking settings as read: the rule, every known slot type, and who last changed it.
 */
public record BookingSettingsView(
    BookingRule rule,
    List<SlotTypeView> slotTypes,
    long version,
    Instant updatedAt,
    String updatedBy) {

  /**
   * One slot type: bookable or not, the clinicians seen with it and those allowed (empty = any).
   */
  public record SlotTypeView(
      String name, boolean bookable, List<String> knownClinicians, List<String> allowedClinicians)
      implements Serializable {}

  public static BookingSettingsView of(BookingSettings s) {
    return new BookingSettingsView(
        s.rule(),
        s.slotTypes().stream()
            .map(
                t ->
                    new SlotTypeView(
                        t.type().value(),
                        t.bookable(),
                        List.copyOf(t.knownClinicians()),
                        List.copyOf(t.allowedClinicians())))
            .toList(),
        s.version(),
        s.updatedAt(),
        s.updatedBy());
  }

  public static BookingSettingsView defaults() {
    return new BookingSettingsView(
        BookingRule.defaults(), List.of(), SettingsVersion.NEVER_SAVED, null, null);
  }
}
