package uk.practiceconnect.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

class IdentityThrottleTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

  @Test
  void theMessageAndRetryAfterGiveTheRealWaitRoundedUp() {
    DomainException e = IdentityThrottle.tooMany(NOW.plus(Duration.ofSeconds(13 * 60 + 5)), NOW);
    assertEquals(ErrorCode.RATE_LIMITED, e.code());
    assertTrue(e.getMessage().contains("Wait 14 minutes"), e.getMessage());
    assertEquals(Duration.ofSeconds(13 * 60 + 5), e.retryAfter().orElseThrow());
  }

  @Test
  void lessThanAMinuteIsStillSaidAsAMinute() {
    DomainException e = IdentityThrottle.tooMany(NOW.plusMillis(20_400), NOW);
    assertTrue(e.getMessage().contains("Wait 1 minute "), e.getMessage());
    assertEquals(Duration.ofSeconds(21), e.retryAfter().orElseThrow());
    assertEquals(
        Duration.ofSeconds(1), IdentityThrottle.tooMany(NOW, NOW).retryAfter().orElseThrow());
  }

  @Test
  void keysAreHashesNeverTheNumberItself() {
    String key = IdentityThrottle.key("nhs", "9990000018");
    assertTrue(key.startsWith("nhs:") && !key.contains("9990000018"), key);
    assertEquals(key, IdentityThrottle.key("nhs", "9990000018"));
  }
}
