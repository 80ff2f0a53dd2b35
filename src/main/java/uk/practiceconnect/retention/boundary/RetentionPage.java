package uk.practiceconnect.retention.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.practiceconnect.retention.control.RetentionJobs;
import uk.practiceconnect.retention.control.RetentionRun;
import uk.practiceconnect.retention.entity.RetentionKind;

/** The support desk's view of retention: each kind's period and what the last runs did. */
@Named
@RequestScoped
public class RetentionPage {

  @Inject RetentionJobs retention;

  private List<Row> rows;

  /** One kind; getters because pages cannot read record components. */
  public static final class Row {
    private final RetentionKind kind;
    private final long days;
    private final RetentionRun.LastRun last;

    Row(RetentionKind kind, long days, RetentionRun.LastRun last) {
      this.kind = kind;
      this.days = days;
      this.last = last;
    }

    public String getKind() {
      return kind.name();
    }

    public String getLabel() {
      return kind.label();
    }

    /** "Anonymised 30 days after sending". */
    public String getRule() {
      String action = kind.action();
      return Character.toUpperCase(action.charAt(0))
          + action.substring(1)
          + " "
          + days
          + (days == 1 ? " day" : " days")
          + " after "
          + kind.from();
    }

    public LocalDate getLastDay() {
      return last == null ? null : last.lastDay();
    }

    public Instant getLastFinishedAt() {
      return last == null ? null : last.lastFinishedAt();
    }

    public long getLastRows() {
      return last == null ? 0 : last.lastRows();
    }

    public long getTotalRows() {
      return last == null ? 0 : last.totalRows();
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      List<RetentionRun.LastRun> runs = retention.lastRuns();
      rows =
          java.util.Arrays.stream(RetentionKind.values())
              .map(
                  k ->
                      new Row(
                          k,
                          retention.policy().period(k).toDays(),
                          runs.stream().filter(r -> r.kind() == k).findFirst().orElse(null)))
              .toList();
    }
    return rows;
  }
}
