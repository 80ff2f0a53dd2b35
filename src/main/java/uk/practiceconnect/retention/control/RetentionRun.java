package uk.practiceconnect.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.retention.entity.RetentionKind;
import uk.practiceconnect.retention.entity.RetentionPolicy;

/**
 * One pass of retention over every kind that has not been done today (UK date). For each, a lease
 * on its {@code retention_run} row is taken with a conditional update (so one instance of a cluster
 * does a kind at a time, and a lease left by a crash runs out), then batches of at most {@code
 * batchSize} rows are deleted or anonymised, each batch committed on its own: a run stopped
 * half-way has lost nothing and the next pass goes on from there. A kind is marked done for the day
 * only when a batch comes back short; after {@code maxBatches} it is left for the next pass.
 *
 * <p>Plain JDBC with auto-commit, outside any container transaction, so the same code runs in the
 * server and in a plain unit test on H2.
 */
public final class RetentionRun {

  /** What one kind's pass did, for the log and the support desk. */
  public record Figure(RetentionKind kind, Instant cutoff, long rows, boolean finished) {}

  static final String TAKE =
      "update retention_run set lease_owner = ?, lease_until = ?, last_started_at = ?"
          + " where kind = ? and (lease_until is null or lease_until < ?)"
          + " and (last_day is null or last_day < ?)";

  static final String PROGRESS =
      "update retention_run set lease_until = ? where kind = ? and lease_owner = ?";

  static final String DONE_TODAY =
      "update retention_run set last_day = ? where kind = ? and lease_owner = ?";

  static final String RELEASE =
      "update retention_run set lease_owner = null, lease_until = null, last_finished_at = ?,"
          + " last_rows = ?, last_cutoff = ?, total_rows = total_rows + ?"
          + " where kind = ? and lease_owner = ?";

  static final Duration LEASE = Duration.ofMinutes(30);

  private final DataSource dataSource;
  private final Clock clock;
  private final String owner;
  private final int batchSize;
  private final int maxBatches;

  public RetentionRun(
      DataSource dataSource, Clock clock, String owner, int batchSize, int maxBatches) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.owner = owner;
    this.batchSize = Math.max(1, batchSize);
    this.maxBatches = Math.max(1, maxBatches);
  }

  /** Every kind not yet done today whose lease this run gets; the others are left alone. */
  public List<Figure> runDue(RetentionPolicy policy) throws SQLException {
    List<Figure> figures = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      for (RetentionKind kind : RetentionKind.values()) {
        if (take(c, kind)) {
          figures.add(run(c, kind, policy.period(kind)));
        }
      }
    }
    return figures;
  }

  private boolean take(Connection c, RetentionKind kind) throws SQLException {
    Instant now = clock.instant();
    try (PreparedStatement s = c.prepareStatement(TAKE)) {
      s.setString(1, owner);
      s.setTimestamp(2, Timestamp.from(now.plus(LEASE)));
      s.setTimestamp(3, Timestamp.from(now));
      s.setString(4, kind.name());
      s.setTimestamp(5, Timestamp.from(now));
      s.setObject(6, today());
      return s.executeUpdate() == 1;
    }
  }

  private Figure run(Connection c, RetentionKind kind, Duration period) throws SQLException {
    Instant cutoff = clock.instant().minus(period);
    long rows = 0;
    boolean finished = false;
    try {
      for (int batch = 0; batch < maxBatches; batch++) {
        int done;
        try (PreparedStatement s = c.prepareStatement(kind.batchSql())) {
          s.setTimestamp(1, Timestamp.from(cutoff));
          s.setInt(2, batchSize);
          done = s.executeUpdate();
        }
        rows += done;
        if (done < batchSize) {
          finished = true;
          break;
        }
        extendLease(c, kind);
      }
    } finally {
      release(c, kind, cutoff, rows, finished);
    }
    return new Figure(kind, cutoff, rows, finished);
  }

  private void extendLease(Connection c, RetentionKind kind) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(PROGRESS)) {
      s.setTimestamp(1, Timestamp.from(clock.instant().plus(LEASE)));
      s.setString(2, kind.name());
      s.setString(3, owner);
      s.executeUpdate();
    }
  }

  private void release(Connection c, RetentionKind kind, Instant cutoff, long rows, boolean done)
      throws SQLException {
    if (done) {
      try (PreparedStatement s = c.prepareStatement(DONE_TODAY)) {
        s.setObject(1, today());
        s.setString(2, kind.name());
        s.setString(3, owner);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = c.prepareStatement(RELEASE)) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setLong(2, rows);
      s.setTimestamp(3, Timestamp.from(cutoff));
      s.setLong(4, rows);
      s.setString(5, kind.name());
      s.setString(6, owner);
      s.executeUpdate();
    }
  }

  private LocalDate today() {
    return clock.instant().atZone(UkTime.ZONE).toLocalDate();
  }

  /** The last figures of every kind, for the support desk. */
  public static List<LastRun> lastRuns(DataSource dataSource) throws SQLException {
    List<LastRun> runs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select kind, last_day, last_started_at, last_finished_at, last_rows,"
                    + " last_cutoff, total_rows from retention_run");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        RetentionKind kind;
        try {
          kind = RetentionKind.valueOf(r.getString(1));
        } catch (IllegalArgumentException e) {
          continue; // a kind a newer release added: not ours to show
        }
        runs.add(
            new LastRun(
                kind,
                r.getObject(2, LocalDate.class),
                instant(r.getTimestamp(3)),
                instant(r.getTimestamp(4)),
                r.getLong(5),
                instant(r.getTimestamp(6)),
                r.getLong(7)));
      }
    }
    runs.sort(java.util.Comparator.comparing(LastRun::kind));
    return runs;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** A kind's row in {@code retention_run}. */
  public record LastRun(
      RetentionKind kind,
      LocalDate lastDay,
      Instant lastStartedAt,
      Instant lastFinishedAt,
      long lastRows,
      Instant lastCutoff,
      long totalRows) {}
}
