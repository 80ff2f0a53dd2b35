package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two "instances" (two lease owners) on one database with the real migrations (H2), the clock moved
 * by hand: a job runs on one of them at a time and once per period; when the one running it dies,
 * the other carries on after the lease has run out; a run that throws gives its lease back.
 */
class JobLeasesTest {

  static final Duration PERIOD = Duration.ofMinutes(15);
  static final Duration LEASE = Duration.ofSeconds(60);

  /** One clock for both instances, moved by the test. */
  static final class MovedClock extends Clock {
    volatile Instant now = Instant.parse("2027-03-10T09:00:00Z");

    void move(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Migrated once; each test has jobs of its own. */
  static JdbcDataSource ds;

  MovedClock clock = new MovedClock();
  String job;
  JobLeases a;
  JobLeases b;

  @BeforeAll
  static void database() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  @BeforeEach
  void twoInstances() {
    job = "reminder planning " + UUID.randomUUID();
    a = instance("a");
    b = instance("b");
  }

  JobLeases instance(String owner) {
    return new JobLeases(ds, clock, owner, LEASE, null);
  }

  JobLeases.Lease row() {
    return a.all().stream().filter(l -> l.name().equals(job)).findFirst().orElseThrow();
  }

  @Test
  void whileOneInstanceRunsTheJobTheOtherSkipsIt() {
    AtomicInteger runsOnB = new AtomicInteger();
    boolean ran =
        a.runIfDue(
            job,
            PERIOD,
            () -> {
              assertEquals("a", row().owner());
              clock.move(Duration.ofSeconds(30));
              assertFalse(b.runIfDue(job, Duration.ZERO, runsOnB::incrementAndGet));
            });
    assertTrue(ran);
    assertEquals(0, runsOnB.get(), "ran on both instances at once");
    JobLeases.Lease after = row();
    assertNull(after.owner(), "given back at the end");
    assertEquals("a", after.lastRunBy());
    assertEquals("done", after.lastResult());
    assertEquals(clock.now, after.lastFinishedAt());
  }

  @Test
  void theJobRunsOncePerPeriodWhicheverInstanceLooks() {
    AtomicInteger runs = new AtomicInteger();
    assertTrue(a.runIfDue(job, PERIOD, runs::incrementAndGet));
    clock.move(Duration.ofMinutes(4));
    assertFalse(b.runIfDue(job, PERIOD, runs::incrementAndGet), "not due yet");
    assertFalse(a.runIfDue(job, PERIOD, runs::incrementAndGet), "not due yet");
    clock.move(Duration.ofMinutes(11));
    assertTrue(b.runIfDue(job, PERIOD, runs::incrementAndGet), "due: whoever looks first runs it");
    clock.move(Duration.ofSeconds(5));
    assertFalse(a.runIfDue(job, PERIOD, runs::incrementAndGet), "b has just run it");
    assertEquals(2, runs.get());
    assertEquals("b", row().lastRunBy());
  }

  @Test
  void whenTheInstanceRunningItDiesTheOtherCarriesOnAfterTheLease() {
    assertTrue(a.take(job, PERIOD)); // ... and a is killed mid-run: no release
    Instant started = clock.now;
    clock.move(LEASE.minusSeconds(1));
    assertFalse(b.take(job, PERIOD), "a's lease still holds");
    clock.move(Duration.ofSeconds(2));
    AtomicInteger runsOnB = new AtomicInteger();
    assertTrue(
        b.runIfDue(job, PERIOD, runsOnB::incrementAndGet),
        "a's run never finished, so the job is due as soon as the lease has run out");
    assertEquals(1, runsOnB.get());
    JobLeases.Lease after = row();
    assertEquals("b", after.lastRunBy());
    assertTrue(after.lastRunAt().isAfter(started));
  }

  @Test
  void aRunUnderWayIsSeenByTheOtherInstancesWithItsStartSoThatTheyCanJoinIt() {
    Instant started = clock.now;
    assertTrue(b.runningElsewhere(job).isEmpty(), "nothing running yet");
    Optional<Instant> told =
        a.runIfDue(
            job,
            PERIOD,
            run -> {
              clock.move(Duration.ofSeconds(20));
              assertEquals(Optional.of(started), b.runningElsewhere(job), "b joins a's run");
              assertTrue(a.runningElsewhere(job).isEmpty(), "a's own run is not elsewhere for a");
              return run;
            });
    assertEquals(Optional.of(started), told, "the job is told when its run began");
    assertEquals(started, row().lastRunAt());
    assertTrue(b.runningElsewhere(job).isEmpty(), "over: nothing to join");
  }

  @Test
  void aRunWhoseInstanceDiedIsNotJoinedOnceItsLeaseHasRunOut() {
    assertTrue(a.take(job, PERIOD)); // ... and a is killed
    clock.move(LEASE.plusSeconds(1));
    assertTrue(b.runningElsewhere(job).isEmpty());
  }

  @Test
  void aLongRunKeepsItsLeaseByRenewingIt() {
    assertTrue(a.take(job, PERIOD));
    clock.move(Duration.ofSeconds(40));
    assertTrue(a.renew(job));
    clock.move(Duration.ofSeconds(40)); // 80 s after the take, 40 s after the renewal
    assertFalse(b.take(job, PERIOD), "renewed: still a's");
    clock.move(Duration.ofSeconds(21)); // a stalled past its renewed lease
    assertTrue(b.take(job, PERIOD));
    assertFalse(a.renew(job), "a learns that the job is no longer its own");
    a.release(job, "done");
    assertEquals("b", row().owner(), "a's late release does not free b's lease");
  }

  @Test
  void whileTheJobRunsItsLeaseIsRenewedOnItsOwn() throws Exception {
    var renewals = Executors.newSingleThreadScheduledExecutor();
    try {
      JobLeases withRenewals = new JobLeases(ds, clock, "r", Duration.ofSeconds(3), renewals);
      withRenewals.runIfDue(
          job,
          PERIOD,
          () -> {
            Instant first = row().leasedUntil();
            clock.move(Duration.ofSeconds(2));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!row().leasedUntil().isAfter(first) && System.nanoTime() < giveUp) {
              sleep(50); // a renewal every second (a third of the lease)
            }
            assertEquals(clock.now.plusSeconds(3), row().leasedUntil());
          });
      assertNull(row().owner());
    } finally {
      renewals.shutdownNow();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRunThatThrowsGivesTheLeaseBackAndWaitsAPeriodLikeAnyOther() {
    IllegalStateException boom =
        assertThrows(
            IllegalStateException.class,
            () ->
                a.runIfDue(
                    job,
                    PERIOD,
                    () -> {
                      throw new IllegalStateException("EMIS said no");
                    }));
    assertEquals("EMIS said no", boom.getMessage(), "the caller sees what went wrong");
    JobLeases.Lease after = row();
    assertNull(after.owner());
    assertNull(after.leasedUntil());
    assertEquals("failed: java.lang.IllegalStateException", after.lastResult(), "no message kept");
    assertFalse(b.take(job, PERIOD), "a failed run counts as a run: the next one a period on");
    clock.move(PERIOD);
    assertTrue(b.runIfDue(job, PERIOD, () -> {}));
    assertEquals("done", row().lastResult());
  }

  @Test
  void aLeaseThisInstanceStillHoldsIsItsOwnToTakeAgain() {
    assertTrue(a.take(job, PERIOD)); // the release after this run failed (database away)
    assertTrue(a.take(job, Duration.ZERO), "the owner need not wait for its own lease");
    assertFalse(b.take(job, Duration.ZERO));
  }

  @Test
  void aCleanStopGivesItsLeasesBackSoTheOthersNeedNotWait() {
    JobLeases stopping = instance("stopping " + UUID.randomUUID());
    assertTrue(stopping.take(job, PERIOD));
    assertTrue(stopping.take(job + " 2", PERIOD));
    assertEquals(2, stopping.releaseAll());
    assertTrue(b.take(job, PERIOD), "the run cut short is due at once");
    assertTrue(b.take(job + " 2", PERIOD));
  }

  @Test
  void jobsAreKeptApartByName() {
    assertTrue(a.take(job, PERIOD));
    assertTrue(b.take(job + " 2", PERIOD));
    assertEquals("a", row().owner());
    assertEquals(
        "b",
        a.all().stream()
            .filter(l -> l.name().equals(job + " 2"))
            .findFirst()
            .orElseThrow()
            .owner());
  }

  @Test
  void ofManyInstancesLookingAtTheSameMomentExactlyOneRunsTheJob() throws Exception {
    int instances = 6;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> looks = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        JobLeases leases = instance("i" + i);
        looks.add(
            pool.submit(
                () -> {
                  go.await();
                  return leases.take(job, PERIOD);
                }));
      }
      go.countDown();
      int taken = 0;
      for (Future<Boolean> look : looks) {
        taken += look.get(20, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, taken);
    } finally {
      pool.shutdownNow();
    }
  }
}
