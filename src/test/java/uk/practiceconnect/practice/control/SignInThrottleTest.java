package uk.practiceconnect.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.ErrorCode;

/** The limits' keys and answers; the counting itself is proven end to end (parallel sign-ins). */
class SignInThrottleTest {

  @Test
  void aUsernameIsOneKeyWhateverItsCaseOrSpaces() {
    assertEquals(SignInThrottle.userKey("Rita.Patel "), SignInThrottle.userKey("rita.patel"));
    assertNotEquals(SignInThrottle.userKey("rita.patel"), SignInThrottle.userKey("rita.patel2"));
  }

  @Test
  void theKeyHoldsNoUsername() {
    assertFalse(SignInThrottle.userKey("rita.patel").contains("rita"));
  }

  @Test
  void aLockedSignInSaysWhenToComeBack() {
    Instant now = Instant.parse("2026-12-02T09:00:00Z");
    var e = SignInThrottle.locked(now.plus(Duration.ofMinutes(14)), now);
    assertEquals(ErrorCode.RATE_LIMITED, e.code());
    assertEquals(Duration.ofMinutes(14).plusSeconds(1), e.retryAfter().orElseThrow());
  }
}
