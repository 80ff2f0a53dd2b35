package uk.practiceconnect.sandbox.notify.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void allowsABurstOfItsCapacityThenRefuses() {
    TokenBucket bucket = new TokenBucket(3000, 1000, clock);
    for (int i = 0; i < 1000; i++) {
      assertTrue(bucket.tryTake(), "request " + i);
    }
    assertFalse(bucket.tryTake());
  }

  @Test
  void refillsAtTheRatePerMinute() {
    TokenBucket bucket = new TokenBucket(60, 1, clock);
    assertTrue(bucket.tryTake());
    assertFalse(bucket.tryTake());
    clock.advance(Duration.ofMillis(999));
    assertFalse(bucket.tryTake(), "60 a minute is one a second, not sooner");
    clock.advance(Duration.ofMillis(1));
    assertTrue(bucket.tryTake());
    assertFalse(bucket.tryTake());
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    TokenBucket bucket = new TokenBucket(3000, 5, clock);
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 5; i++) {
      assertTrue(bucket.tryTake());
    }
    assertFalse(bucket.tryTake());
  }

  @Test
  void sustainsItsRateOverAMinute() {
    TokenBucket bucket = new TokenBucket(3000, 1, clock);
    int taken = 0;
    // one attempt every 10 ms for a minute: 6,000 attempts against 3,000 tokens (+1 to start)
    for (int i = 0; i < 6000; i++) {
      if (bucket.tryTake()) {
        taken++;
      }
      clock.advance(Duration.ofMillis(10));
    }
    assertTrue(taken >= 3000 && taken <= 3001, "took " + taken);
  }

  @Test
  void doesNotRefillWhenTheClockGoesBack() {
    TokenBucket bucket = new TokenBucket(60, 1, clock);
    assertTrue(bucket.tryTake());
    clock.advance(Duration.ofSeconds(-30));
    assertFalse(bucket.tryTake());
  }
}
