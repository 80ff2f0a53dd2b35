package uk.practiceconnect.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a named job on one instance of the cluster at a time, with the database as the coordinator
 * (table {@code job_lease}, one row per job). Before each run an instance takes the job's lease
 * with one conditional update: it matches only when no live lease is held by another instance and
 * the job is due (its last run finished at least a period ago), so of several instances looking at
 * once exactly one runs it and the others skip. The lease is renewed while the run lasts and given
 * back at its end, failed or not. An instance that dies mid-run leaves a lease that runs out after
 * {@code lease}; its run never finished, so the job is due at once and the next instance to look
 * carries on.
 *
 * <p>Plain JDBC with auto-commit, outside any container transaction: each statement commits at once
 * (a lease must be visible to the others before the run starts, and must not wait on the run's own
 * transactions), and the same code runs in the server and in a plain unit test on H2.
 */
public final class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  static final String ADD =
      "insert into job_lease (name) select cast(? as varchar(80))"
          + " where not exists (select 1 from job_lease where name = ?)";

  /** The claim: free, or ours, or run out; and due. */
  static final String TAKE =
      "update job_lease set owner = ?, leased_until = ?, last_run_at = ?, last_run_by = ?"
          + " where name = ? and (owner is null or owner = ? or leased_until < ?)"
          + " and (last_finished_at is null or last_finished_at <= ?)";

  static final String RENEW = "update job_lease set leased_until = ? where name = ? and owner = ?";

  static final String RELEASE =
      "update job_lease set owner = null, leased_until = null, last_finished_at = ?,"
          + " last_result = ? where name = ? and owner = ?";

  /** On a clean stop: the runs cut short are due again, for the others to take at once. */
  static final String RELEASE_ALL =
      "update job_lease set owner = null, leased_until = null where owner = ?";

  /** A job's row, for the support desk and the tests. */
  public record Lease(
      String name,
      String owner,
      Instant leasedUntil,
      Instant lastRunAt,
      String lastRunBy,
      Instant lastFinishedAt,
      String lastResult) {}

  private final DataSource dataSource;
  private final Clock clock;
  private final String owner;
  private final Duration lease;
  private final ScheduledExecutorService renewals;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  /**
   * @param owner this instance, in the lease rows
   * @param lease how long a lease lasts without renewal: how long the others wait for an instance
   *     that died mid-run
   * @param renewals where the renewal of a held lease runs (every third of {@code lease}); none in
   *     tests that renew by hand
   */
  public JobLeases(
      DataSource dataSource,
      Clock clock,
      String owner,
      Duration lease,
      ScheduledExecutorService renewals) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.owner = owner;
    this.lease = lease.compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(3) : lease;
    this.renewals = renewals;
  }

  public String owner() {
    return owner;
  }

  /**
   * Runs {@code job} if this instance gets its lease and it is due ({@code period} after the end of
   * its last run, on whichever instance); returns whether it ran. A job that throws still gives the
   * lease back (and waits a period, as one that succeeded would); the exception goes on to the
   * caller.
   */
  public boolean runIfDue(String name, Duration period, Runnable job) {
    return runIfDue(
            name,
            period,
            started -> {
              job.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /**
   * As {@link #runIfDue(String, Duration, Runnable)}, for a job that is told when its run began (as
   * the lease row records it, for other instances joining the run: {@link #runningElsewhere}) and
   * gives back what it came to; empty if it did not run here.
   */
  public <T> Optional<T> runIfDue(String name, Duration period, Function<Instant, T> job) {
    // as the database keeps it (microseconds), so that a run is known by the same start everywhere
    Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!take(name, period, started)) {
      return Optional.empty();
    }
    ScheduledFuture<?> renewing = null;
    if (renewals != null) {
      long every = Math.max(1, lease.toMillis() / 3);
      renewing =
          renewals.scheduleAtFixedRate(
              () -> renewOrWarn(name), every, every, TimeUnit.MILLISECONDS);
    }
    String result = "failed";
    try {
      T outcome = job.apply(started);
      result = "done";
      return Optional.of(outcome);
    } catch (RuntimeException | Error e) {
      result = "failed: " + e.getClass().getName();
      throw e;
    } finally {
      if (renewing != null) {
        renewing.cancel(false);
      }
      try {
        release(name, result);
      } catch (RuntimeException e) { // the lease runs out on its own
        LOG.log(Level.WARNING, "Job ''{0}'' kept its lease: {1}", new Object[] {name, e});
      }
    }
  }

  /** Whether the run of the job that began at {@code started} is still under way (lease live). */
  public boolean isRunning(String name, Instant started) {
    return liveRun(name).filter(run -> run.started().equals(started)).isPresent();
  }

  /**
   * When the run of the job now under way on another instance began (its live lease's start); empty
   * when no other instance is running it.
   */
  public Optional<Instant> runningElsewhere(String name) {
    return liveRun(name).filter(run -> !run.owner().equals(owner)).map(LiveRun::started);
  }

  /** A run under way: who holds the job's live lease and when the run began. */
  private record LiveRun(String owner, Instant started) {}

  private Optional<LiveRun> liveRun(String name) {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "select owner, last_run_at from job_lease where name = ? and owner is not null"
                    + " and leased_until >= ? and last_run_at is not null")) {
      s.setString(1, name);
      s.setObject(2, utc(clock.instant()));
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                new LiveRun(r.getString(1), instant(r.getObject(2, OffsetDateTime.class))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Takes the job's lease if it is free (or ours, or run out) and the job is due. */
  public boolean take(String name, Duration period) {
    return take(name, period, clock.instant());
  }

  private boolean take(String name, Duration period, Instant now) {
    try (Connection c = connection()) {
      addOnce(c, name);
      try (PreparedStatement s = c.prepareStatement(TAKE)) {
        s.setString(1, owner);
        s.setObject(2, utc(now.plus(lease)));
        s.setObject(3, utc(now));
        s.setString(4, owner);
        s.setString(5, name);
        s.setString(6, owner);
        s.setObject(7, utc(now));
        s.setObject(8, utc(now.minus(period)));
        return s.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Pushes the lease out again; false if it is no longer ours (it ran out and was taken). */
  public boolean renew(String name) {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(RENEW)) {
      s.setObject(1, utc(clock.instant().plus(lease)));
      s.setString(2, name);
      s.setString(3, owner);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Gives the lease back, noting when the run finished and what came of it. */
  public void release(String name, String result) {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(RELEASE)) {
      s.setObject(1, utc(clock.instant()));
      s.setString(2, result.length() > 200 ? result.substring(0, 200) : result);
      s.setString(3, name);
      s.setString(4, owner);
      s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Gives back every lease this instance holds (it is stopping). */
  public int releaseAll() {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(RELEASE_ALL)) {
      s.setString(1, owner);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Every job's row, by name. */
  public List<Lease> all() {
    List<Lease> rows = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "select name, owner, leased_until, last_run_at, last_run_by, last_finished_at,"
                    + " last_result from job_lease order by name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new Lease(
                r.getString(1),
                r.getString(2),
                instant(r.getObject(3, OffsetDateTime.class)),
                instant(r.getObject(4, OffsetDateTime.class)),
                r.getString(5),
                instant(r.getObject(6, OffsetDateTime.class)),
                r.getString(7)));
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
    return rows;
  }

  private void renewOrWarn(String name) {
    try {
      if (!renew(name)) {
        // stalled past the lease and another instance took the job: both may now run it; the
        // work's own row locks and keys are the guard until this run ends
        LOG.log(Level.WARNING, "Job ''{0}'' lost its lease while running", name);
      }
    } catch (RuntimeException e) { // the next renewal tries again
      LOG.log(Level.WARNING, "Job ''{0}'' lease not renewed: {1}", new Object[] {name, e});
    }
  }

  /** The job's row, the first time this instance looks for it (another may add it meanwhile). */
  private void addOnce(Connection c, String name) throws SQLException {
    if (known.contains(name)) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(ADD)) {
      s.setString(1, name);
      s.setString(2, name);
      s.executeUpdate();
    } catch (SQLException e) {
      if (!DatabaseErrors.isUniqueViolation(e)) {
        throw e;
      }
    }
    known.add(name);
  }

  private Connection connection() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(true);
    return c;
  }

  /** The SQL state only: a message could quote a value. */
  private static IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException("Job leases unavailable: SQL state " + e.getSQLState());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
