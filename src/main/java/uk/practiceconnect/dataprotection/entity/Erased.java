package uk.practiceconnect.dataprotection.entity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one erasure did, table by table (rows deleted or anonymised), and what it kept on purpose:
 * the patient's opt-out (their objection must outlive everything else) and the audit entries (who
 * did what, which no longer lead to the patient once their bookings and reminders are gone).
 */
public record Erased(List<Line> lines, boolean optOutKept, int auditEntriesKept) {

  /** One table and what was done to its rows. */
  public record Line(String table, String action, int rows) {}

  public Erased {
    lines = List.copyOf(lines);
  }

  public int total() {
    return lines.stream().mapToInt(Line::rows).sum();
  }

  /** "booking 2 deleted, reminder 3 anonymised": for the audit trail and the page. */
  public String describe() {
    List<Line> done = lines.stream().filter(l -> l.rows() > 0).toList();
    if (done.isEmpty()) {
      return "nothing was held";
    }
    return done.stream()
        .map(l -> l.table() + " " + l.rows() + " " + l.action())
        .collect(Collectors.joining(", "));
  }
}
