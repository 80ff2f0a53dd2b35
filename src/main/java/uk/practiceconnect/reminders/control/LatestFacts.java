package uk.practiceconnect.reminders.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of an appointment's reminders carries what planning last learnt of the appointment (its
 * time, its clinician), for the cancel link. A text that went keeps the time it gave; when the
 * appointment moves, planning refreshes the reminders still to go and adds a new revision for each
 * reminder time whose text went. So the latest revision of each reminder time the practice still
 * uses has the current time; of those, the one changed last.
 */
final class LatestFacts {

  private LatestFacts() {}

  /** One reminder of the appointment, as far as this needs. */
  record Row(
      long id,
      int offsetMinutes,
      int revision,
      Instant appointmentStart,
      String clinician,
      Instant updatedAt) {}

  /**
   * The row to read the appointment from; {@code ruleOffsets} are the practice's reminder times now
   * (minutes), {@code own} the link's own reminder (used when nothing better is known).
   */
  static Row pick(List<Row> rows, Set<Integer> ruleOffsets, Row own) {
    Map<Integer, Row> latest = new HashMap<>();
    for (Row r : rows) {
      latest.merge(r.offsetMinutes(), r, (a, b) -> a.revision() >= b.revision() ? a : b);
    }
    Comparator<Row> newest =
        Comparator.comparing(Row::updatedAt)
            .thenComparingInt(Row::revision)
            .thenComparingLong(Row::id);
    return latest.values().stream()
        .filter(r -> ruleOffsets.contains(r.offsetMinutes()))
        .max(newest)
        .or(() -> latest.values().stream().max(newest))
        .orElse(own);
  }
}
