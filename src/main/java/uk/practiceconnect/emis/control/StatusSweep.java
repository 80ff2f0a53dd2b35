package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The periodic status check: claims the practices that are due, runs their connection tests {@code
 * emis.status-check.concurrency} at a time, and records each result (which moves the status and,
 * the first time a practice breaks, writes to its inbox). One sweep at a time per instance; other
 * instances claim other practices.
 */
@ApplicationScoped
public class StatusSweep {

  private static final Logger LOG = Logger.getLogger(StatusSweep.class.getName());

  /** How long a claim lasts: ample for a batch, short enough that a dead instance's rows return. */
  static final Duration LEASE = Duration.ofMinutes(5);

  static final int BATCH = 250;

  /** What one sweep did. */
  public record Report(
      int checked,
      int ok,
      int broken,
      int notConfigured,
      int failed,
      long millis,
      long meanTestMillis) {}

  private final String instance = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger sweeps = new AtomicInteger();
  private final ReentrantLock running = new ReentrantLock();

  @Inject StatusClaims claims;
  @Inject ConnectionTests tests;
  @Inject PartnerWorkers workers;
  @Inject Clock clock;

  /** Checks the practices that are due (all of them when {@code everyone}). */
  public Report sweep(boolean everyone) {
    running.lock(); // a tick that comes while a sweep runs waits, then finds little due
    try {
      return sweepNow(everyone);
    } finally {
      running.unlock();
    }
  }

  /**
   * Checks the practices that are due unless a sweep is running on this instance already (that
   * sweep, or the next tick, finds them): for re-checks, which must not hold a scheduler thread
   * waiting for a long sweep.
   */
  public Optional<Report> sweepIfIdle() {
    if (!running.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(sweepNow(false));
    } finally {
      running.unlock();
    }
  }

  private Report sweepNow(boolean everyone) {
    long started = System.nanoTime();
    String me = instance + "-" + sweeps.incrementAndGet();
    try {
      claims.addMissing(clock.instant());
    } catch (RuntimeException e) { // another instance added them at the same moment
      LOG.log(Level.FINE, "Status rows added elsewhere meanwhile: {0}", e.getClass().getName());
    }
    if (everyone) {
      claims.allDue(clock.instant());
    }
    var tally = new Tally();
    Set<Long> done = new HashSet<>();
    while (true) {
      var now = clock.instant();
      List<Long> claimed = claims.claim(me, now, now.plus(LEASE), BATCH);
      List<Long> batch = new ArrayList<>(claimed);
      batch.removeAll(done);
      for (Long again : claimed) {
        if (done.contains(again)) { // due again meanwhile (a re-check): free for the next sweep
          claims.release(again, me);
        }
      }
      if (batch.isEmpty()) {
        break;
      }
      done.addAll(batch);
      List<Future<?>> running = new ArrayList<>();
      for (Long id : batch) {
        running.add(workers.checks().submit(() -> check(id, me, tally)));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          tally.failed.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return tally.report(started);
        }
      }
    }
    Report report = tally.report(started);
    if (report.checked() > 0) {
      LOG.info(() -> "EMIS status check: " + report);
    }
    return report;
  }

  private void check(Long practiceId, String me, Tally tally) {
    try {
      Practice practice = claims.practice(practiceId).orElse(null);
      if (practice == null) {
        claims.release(practiceId, me);
        return;
      }
      ConnectionTestResult r =
          tests.run(
              IntegrationStatus.STATUS_CHECK, practice, ConnectionTestRun.Origin.STATUS_CHECK);
      tally.count(r);
    } catch (RuntimeException e) {
      tally.failed.incrementAndGet();
      LOG.log(
          Level.WARNING,
          "EMIS status check of practice {0} failed: {1}",
          new Object[] {practiceId, e.getClass().getName()});
      LOG.log(Level.FINE, "EMIS status check failed", e);
      try {
        claims.release(practiceId, me);
      } catch (RuntimeException ignored) {
        // the lease runs out on its own
      }
    }
  }

  private static final class Tally {
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger broken = new AtomicInteger();
    final AtomicInteger notConfigured = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong testMillis =
        new java.util.concurrent.atomic.AtomicLong();

    void count(ConnectionTestResult r) {
      (r.passed() ? ok : r.notConfigured() ? notConfigured : broken).incrementAndGet();
      testMillis.addAndGet(r.durationMillis());
    }

    Report report(long started) {
      int total = ok.get() + broken.get() + notConfigured.get();
      return new Report(
          total,
          ok.get(),
          broken.get(),
          notConfigured.get(),
          failed.get(),
          Duration.ofNanos(System.nanoTime() - started).toMillis(),
          total == 0 ? 0 : testMillis.get() / total);
    }
  }
}
