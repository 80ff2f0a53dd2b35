package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobsTest {

  Jobs jobs;

  @BeforeEach
  void start() {
    jobs = new Jobs();
    jobs.threads =
        new ManagedThreadFactory() {
          @Override
          public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "test-job");
            t.setDaemon(true);
            return t;
          }

          @Override
          public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException("not used by Jobs");
          }
        };
    jobs.size = 1;
    jobs.start();
  }

  @AfterEach
  void stop() {
    jobs.stop();
  }

  @Test
  void aJobThatFailsKeepsItsSchedule() throws InterruptedException {
    CountDownLatch threeRuns = new CountDownLatch(3);
    jobs.every(
        "always failing",
        Duration.ZERO,
        Duration.ofMillis(5),
        () -> {
          threeRuns.countDown();
          throw new IllegalStateException("boom");
        });
    assertTrue(threeRuns.await(10, TimeUnit.SECONDS), "the job ran fewer than three times");
  }

  @Test
  void aTaskRunsOnceAfterItsDelay() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    long before = System.nanoTime();
    jobs.after(
        "once",
        Duration.ofMillis(50),
        () -> {
          runs.incrementAndGet();
          ran.countDown();
        });
    assertTrue(ran.await(10, TimeUnit.SECONDS));
    assertTrue(System.nanoTime() - before >= TimeUnit.MILLISECONDS.toNanos(50), "ran too soon");
    jobs.after("marker", Duration.ofMillis(100), () -> {});
    assertTrue(runs.get() == 1, "ran more than once");
  }

  @Test
  void anInstanceLooksForAJobRunOnceAcrossInstancesEveryQuarterPeriodWithinBounds() {
    assertEquals(Duration.ofSeconds(1), Jobs.lookEvery(Duration.ofSeconds(2)));
    assertEquals(Duration.ofSeconds(5), Jobs.lookEvery(Duration.ofSeconds(20)));
    assertEquals(Duration.ofMinutes(1), Jobs.lookEvery(Duration.ofMinutes(15)));
    assertEquals(Duration.ofMinutes(1), Jobs.lookEvery(Duration.ofHours(1)));
  }

  @Test
  void aJobRunOnceAcrossInstancesNeedsTheDatabase() {
    assertThrows(
        IllegalStateException.class,
        () -> jobs.everyOnce("no database", Duration.ZERO, Duration.ofSeconds(1), () -> {}));
  }
}
