package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.control.PracticeBreaker.State;

class PracticeBreakerTest {

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-25T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
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

  final TestClock clock = new TestClock();
  final PracticeBreaker breaker = new PracticeBreaker(3, Duration.ofSeconds(30), clock);

  void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertTrue(breaker.tryAcquire());
      breaker.onFailure();
    }
  }

  @Test
  void staysClosedBelowTheThreshold() {
    fail(2);
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void anAnswerInBetweenStartsTheCountAgain() {
    fail(2);
    breaker.onSuccess();
    fail(2);
    assertEquals(State.CLOSED, breaker.state());
  }

  @Test
  void opensAtTheThresholdAndRefusesCallsWhileOpen() {
    fail(3);
    assertEquals(State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
    assertEquals(Duration.ofSeconds(30), breaker.retryAfter());
    clock.advance(Duration.ofSeconds(29));
    assertFalse(breaker.tryAcquire());
    assertEquals(Duration.ofSeconds(1), breaker.retryAfter());
  }

  @Test
  void afterTheDelayLetsOneTrialCallThrough() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    assertEquals(State.HALF_OPEN, breaker.state());
    assertTrue(breaker.tryAcquire());
    assertFalse(breaker.tryAcquire(), "only one trial at a time");
  }

  @Test
  void aSuccessfulTrialClosesIt() {
    fail(3);
    clock.advance(Duration.ofSeconds(31));
    assertTrue(breaker.tryAcquire());
    breaker.onSuccess();
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void aFailedTrialOpensItAgainForTheFullDelay() {
    fail(3);
    clock.advance(Duration.ofSeconds(31));
    assertTrue(breaker.tryAcquire());
    breaker.onFailure();
    assertEquals(State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(29));
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void aCallWithoutAVerdictNeitherCountsNorHoldsTheTrial() {
    fail(2);
    for (int i = 0; i < 5; i++) {
      assertTrue(breaker.tryAcquire());
      breaker.release();
    }
    assertEquals(State.CLOSED, breaker.state(), "refusals here say nothing about EMIS");
    fail(1);
    clock.advance(Duration.ofSeconds(30));
    assertTrue(breaker.tryAcquire());
    breaker.release();
    assertEquals(State.HALF_OPEN, breaker.state());
    assertTrue(breaker.tryAcquire(), "the trial passes to the next caller");
  }

  @Test
  void breakersOfDifferentPracticesAreIndependent() {
    var breakers = new Breakers();
    breakers.clock = clock;
    breakers.threshold = 2;
    breakers.openSeconds = 30;
    PracticeBreaker broken = breakers.of(1L);
    broken.tryAcquire();
    broken.onFailure();
    broken.tryAcquire();
    broken.onFailure();
    assertTrue(breakers.isOpen(1L));
    assertFalse(breakers.isOpen(2L));
    assertTrue(breakers.of(2L).tryAcquire());
    assertTrue(breakers.of(1L) == broken);
  }
}
