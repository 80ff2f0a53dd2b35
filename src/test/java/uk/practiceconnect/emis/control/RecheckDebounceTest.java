package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecheckDebounceTest {

  static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  final RecheckDebounce debounce = new RecheckDebounce(Duration.ofMinutes(1));

  @Test
  void oneRecheckPerPracticePerMinuteHoweverManyFailures() {
    assertTrue(debounce.claim(1L, T0));
    for (int s = 0; s < 60; s += 5) {
      assertFalse(debounce.claim(1L, T0.plusSeconds(s)), "at " + s + " s");
    }
    assertTrue(debounce.claim(1L, T0.plusSeconds(60)));
  }

  @Test
  void practicesAreIndependent() {
    assertTrue(debounce.claim(1L, T0));
    assertTrue(debounce.claim(2L, T0));
    assertFalse(debounce.claim(2L, T0.plusSeconds(1)));
  }

  @Test
  void aClaimThatCouldNotBeScheduledIsGivenBack() {
    assertTrue(debounce.claim(1L, T0));
    debounce.unclaim(1L, T0);
    assertTrue(debounce.claim(1L, T0.plusSeconds(1)));
  }

  @Test
  void ofManyConcurrentFailuresExactlyOneSchedules() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        tasks.add(() -> debounce.claim(7L, T0));
      }
      int won = 0;
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        won += f.get() ? 1 : 0;
      }
      assertEquals(1, won);
    } finally {
      pool.shutdownNow();
    }
  }
}
