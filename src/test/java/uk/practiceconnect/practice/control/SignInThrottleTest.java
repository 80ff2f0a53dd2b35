package uk.practiceconnect.practice.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void locksAfterFiveFailuresAndOpensWhenTheyAge() {
    var throttle = new SignInThrottle();
    Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    throttle.clock = Clock.fixed(t0, ZoneOffset.UTC);
    for (int i = 0; i < 4; i++) {
      throttle.failed("Rita.Patel");
    }
    assertFalse(throttle.isLocked("rita.patel"));
    throttle.failed("rita.patel ");
    assertTrue(throttle.isLocked("rita.patel"));
    assertFalse(throttle.isLocked("someone.else"));
    throttle.clock = Clock.fixed(t0.plus(SignInThrottle.WINDOW).plusSeconds(1), ZoneOffset.UTC);
    assertFalse(throttle.isLocked("rita.patel"));
  }

  @Test
  void aGoodSignInClearsTheCount() {
    var throttle = new SignInThrottle();
    throttle.clock = Clock.systemUTC();
    for (int i = 0; i < 4; i++) {
      throttle.failed("u");
    }
    throttle.succeeded("u");
    throttle.failed("u");
    assertFalse(throttle.isLocked("u"));
  }
}
