package uk.practiceconnect.dataprotection.entity;

import java.time.Instant;
import java.util.List;

/**
 * Everything one practice holds about one patient, table by table, in full (unmasked: it is for the
 * patient). {@code optedOut} says whether the patient's objection to reminders is on record.
 */
public record HeldData(
    String odsCode,
    String practiceName,
    DataSubject subject,
    Instant exportedAt,
    boolean optedOut,
    List<HeldSection> sections) {

  public HeldData {
    sections = List.copyOf(sections);
  }

  /** Rows in every table. */
  public int total() {
    return sections.stream().mapToInt(HeldSection::count).sum();
  }
}
