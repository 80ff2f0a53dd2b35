package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.emis.entity.SlotType;

/**
 * A practice's slot type with reminders on or off. New types found in EMIS start switched on, so a
 * type added in EMIS gets reminders unless the practice says otherwise.
 */
@Entity
@Table(name = "reminder_slot_type")
@NamedQuery(
    name = ReminderSlotType.OF_PRACTICE,
    query =
        "select t from ReminderSlotType t where t.practiceId = :practice order by lower(t.name)")
public class ReminderSlotType {

  public static final String OF_PRACTICE = "ReminderSlotType.ofPractice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(nullable = false, length = SlotType.MAX_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "seen_in_emis_at")
  private Instant seenInEmisAt;

  protected ReminderSlotType() {}

  public ReminderSlotType(Long practiceId, SlotType type, boolean enabled, Instant seenInEmisAt) {
    this.practiceId = practiceId;
    this.name = type.value();
    this.enabled = enabled;
    this.seenInEmisAt = seenInEmisAt;
  }

  public Long id() {
    return id;
  }

  public SlotType type() {
    return SlotType.of(name);
  }

  public boolean enabled() {
    return enabled;
  }

  public void switchTo(boolean on) {
    this.enabled = on;
  }

  public void seenInEmis(Instant at) {
    this.seenInEmisAt = at;
  }

  public Optional<Instant> seenInEmisAt() {
    return Optional.ofNullable(seenInEmisAt);
  }
}
