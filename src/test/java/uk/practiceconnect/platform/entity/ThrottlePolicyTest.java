package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-25T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15));
  final TestClock clock = new TestClock();
  final List<Instant> failures = new ArrayList<>();

  void fail() {
    failures.add(clock.instant());
  }

  @Test
  void fourFailuresStillAllowAFifthTry() {
    for (int i = 0; i < 4; i++) {
      fail();
      clock.advance(Duration.ofMinutes(1));
    }
    assertEquals(Optional.empty(), policy.lockedUntil(failures, clock.instant()));
  }

  @Test
  void fiveFailuresInFifteenMinutesMakeTheNextWait() {
    Instant first = clock.instant();
    for (int i = 0; i < 5; i++) {
      fail();
      clock.advance(Duration.ofMinutes(1));
    }
    assertEquals(
        Optional.of(first.plus(Duration.ofMinutes(15))),
        policy.lockedUntil(failures, clock.instant()));
  }

  @Test
  void theLockLiftsWhenTheOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      fail();
      clock.advance(Duration.ofMinutes(2));
    }
    clock.advance(Duration.ofMinutes(4)); // 14 minutes after the first failure
    assertTrue(policy.lockedUntil(failures, clock.instant()).isPresent());
    clock.advance(Duration.ofMinutes(1)); // exactly 15: the first no longer counts
    assertEquals(Optional.empty(), policy.lockedUntil(failures, clock.instant()));
    fail(); // a sixth: five in the window again
    assertTrue(policy.lockedUntil(failures, clock.instant()).isPresent());
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverLock() {
    for (int i = 0; i < 20; i++) {
      fail();
      clock.advance(Duration.ofMinutes(4));
      assertEquals(
          Optional.empty(), policy.lockedUntil(failures, clock.instant()), "after " + (i + 1));
    }
  }

  @Test
  void attemptsStillWaitingForEmisFillTheLimitLikeFailures() {
    fail();
    fail();
    var verdict = policy.verdict(failures, 2, clock.instant());
    assertEquals(ThrottlePolicy.Decision.GO, verdict.decision(), "2 failed + 2 in flight < 5");
    verdict = policy.verdict(failures, 3, clock.instant());
    assertEquals(
        ThrottlePolicy.Decision.WAIT, verdict.decision(), "2 failed + 3 in flight: wait for EMIS");
  }

  @Test
  void parallelAttemptsBeyondTheLimitWaitRatherThanReachEmis() {
    // five attempts at once: all five may ask EMIS, a sixth must wait for their answers
    assertEquals(
        ThrottlePolicy.Decision.GO, policy.verdict(failures, 4, clock.instant()).decision());
    assertEquals(
        ThrottlePolicy.Decision.WAIT, policy.verdict(failures, 5, clock.instant()).decision());
  }

  @Test
  void failuresThatFillTheLimitLockWhateverIsInFlight() {
    Instant first = clock.instant();
    for (int i = 0; i < 5; i++) {
      fail();
    }
    var verdict = policy.verdict(failures, 0, clock.instant());
    assertEquals(ThrottlePolicy.Decision.LOCKED, verdict.decision());
    assertEquals(first.plus(Duration.ofMinutes(15)), verdict.until());
    assertEquals(
        ThrottlePolicy.Decision.LOCKED, policy.verdict(failures, 3, clock.instant()).decision());
  }

  @Test
  void aPolicyNeedsATryAndAWindow() {
    assertThrows(
        IllegalArgumentException.class, () -> new ThrottlePolicy(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(1, Duration.ZERO));
  }
}
