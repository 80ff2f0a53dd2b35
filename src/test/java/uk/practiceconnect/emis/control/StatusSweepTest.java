package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;

/** The status sweep with re-checks arriving while it runs (claims and tests in memory). */
class StatusSweepTest {

  /** Due practices in memory; a claim takes every due one. */
  static final class Claims extends StatusClaims {
    final Set<Long> due = new LinkedHashSet<>();
    final List<Long> released = new ArrayList<>();

    @Override
    public int addMissing(Instant now) {
      return 0;
    }

    @Override
    public synchronized List<Long> claim(String claimant, Instant now, Instant until, int batch) {
      List<Long> taken = new ArrayList<>(due);
      due.clear();
      return taken;
    }

    @Override
    public Optional<Practice> practice(Long practiceId) {
      return Optional.of(PartnerSessionsTest.practice(practiceId));
    }

    @Override
    public synchronized void release(Long practiceId, String claimant) {
      released.add(practiceId);
    }

    @Override
    public synchronized int dueNow(Long practiceId, Instant now) {
      return due.add(practiceId) ? 1 : 0;
    }
  }

  final ExecutorService pool = Executors.newFixedThreadPool(2);
  final Claims claims = new Claims();
  final List<Long> checked = new ArrayList<>();
  final StatusSweep sweep = new StatusSweep();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  void wire(java.util.function.Consumer<Long> duringCheck) {
    sweep.claims = claims;
    sweep.clock = new PracticeBreakerTest.TestClock();
    sweep.workers =
        new PartnerWorkers() {
          @Override
          public synchronized ExecutorService checks() {
            return pool;
          }
        };
    sweep.tests =
        new ConnectionTests() {
          @Override
          public ConnectionTestResult run(
              Caller caller, Practice practice, ConnectionTestRun.Origin from) {
            synchronized (checked) {
              checked.add(practice.id());
            }
            duringCheck.accept(practice.id());
            return CheckSequence.settingsIncomplete(
                Instant.EPOCH, new CheckSequence.Settings(null, null, false));
          }
        };
  }

  @Test
  void aPracticeMadeDueAgainDuringTheSweepIsCheckedOnceAndLeftFreeForTheNext() {
    wire(id -> claims.dueNow(id, Instant.EPOCH)); // a re-check arrives while it is checked
    claims.due.addAll(List.of(1L, 2L));
    var report = sweep.sweep(false);
    assertEquals(2, report.checked());
    assertEquals(List.of(1L, 2L), checked.stream().sorted().toList());
    assertEquals(List.of(1L, 2L), claims.released.stream().sorted().toList(), "not held 5 min");
  }

  @Test
  void aRecheckDoesNotWaitForASweepThatIsRunning() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    wire(
        id -> {
          inside.countDown();
          try {
            finish.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    claims.due.add(1L);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      var running = other.submit(() -> sweep.sweep(false));
      assertTrue(inside.await(10, TimeUnit.SECONDS));
      assertTrue(sweep.sweepIfIdle().isEmpty(), "returns at once: the running sweep has it");
      finish.countDown();
      running.get(10, TimeUnit.SECONDS);
      claims.due.add(3L);
      assertEquals(1, sweep.sweepIfIdle().orElseThrow().checked(), "idle: it sweeps");
    } finally {
      finish.countDown();
      other.shutdownNow();
    }
  }
}
