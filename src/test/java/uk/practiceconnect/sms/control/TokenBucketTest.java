package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final TokenBucket.Sleeper advance = nanos::addAndGet;

  TokenBucket bucket(int perMinute, int burst) {
    return new TokenBucket(perMinute, burst, nanos::get);
  }

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void startsWithOneTokenNotAFullBurst() {
    TokenBucket b = bucket(3000, 50);
    assertTrue(b.tryTake());
    assertFalse(b.tryTake());
  }

  @Test
  void refillsAtTheConfiguredRate() {
    TokenBucket b = bucket(3000, 50); // 50 a second
    b.tryTake();
    advance(Duration.ofMillis(100));
    int taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertEquals(5, taken);
  }

  @Test
  void aNewRateCountsFromThenOnAndCutsWhatWasSavedToTheNewBurst() {
    TokenBucket b = bucket(3000, 50);
    advance(Duration.ofMinutes(1)); // 50 saved up
    b.rate(1500, 25); // a second instance started: half each
    int taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertEquals(25, taken);
    advance(Duration.ofSeconds(1));
    taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertEquals(25, taken, "25 a second at 1,500 a minute");
    b.rate(3000, 50); // the other one stopped
    advance(Duration.ofMillis(100));
    taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertEquals(5, taken, "50 a second again");
  }

  @Test
  void neverSavesUpMoreThanTheBurst() {
    TokenBucket b = bucket(3000, 50);
    advance(Duration.ofMinutes(5));
    int taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertEquals(50, taken);
  }

  @Test
  void takingForAMinuteYieldsTheRatePlusAtMostTheStartToken() throws Exception {
    TokenBucket b = bucket(3000, 50);
    long end = nanos.get() + Duration.ofMinutes(1).toNanos();
    int taken = 0;
    while (nanos.get() < end) {
      if (b.take(Duration.ofSeconds(5), advance)) {
        taken++;
      }
    }
    assertTrue(taken >= 3000 && taken <= 3001, "took " + taken);
  }

  @Test
  void aPauseStopsEveryoneAndBuildsNoBurst() {
    TokenBucket b = bucket(3000, 50);
    b.pause(Duration.ofSeconds(2));
    advance(Duration.ofMillis(1999));
    assertFalse(b.tryTake());
    assertEquals(21_000_000L, b.nanosUntilAvailable()); // 1 ms of pause + 20 ms to refill
    advance(Duration.ofMillis(1));
    assertFalse(b.tryTake()); // no tokens accrued during the pause
    advance(Duration.ofMillis(20));
    assertTrue(b.tryTake());
  }

  @Test
  void aShorterPauseDoesNotShortenALongerOne() {
    TokenBucket b = bucket(3000, 50);
    b.pause(Duration.ofSeconds(10));
    b.pause(Duration.ofSeconds(1));
    advance(Duration.ofSeconds(5));
    assertFalse(b.tryTake());
  }

  @Test
  void aTokenGivenBackCanBeTakenAgain() {
    TokenBucket b = bucket(60, 5);
    assertTrue(b.tryTake());
    assertFalse(b.tryTake());
    b.giveBack();
    assertTrue(b.tryTake());
  }

  @Test
  void takeGivesUpAfterItsLongestWait() throws Exception {
    TokenBucket b = bucket(60, 1); // one a second
    b.tryTake();
    assertFalse(b.take(Duration.ofMillis(500), advance));
    assertTrue(b.take(Duration.ofMillis(600), advance));
  }
}
