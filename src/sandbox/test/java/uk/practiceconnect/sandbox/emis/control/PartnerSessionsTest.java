package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

class PartnerSessionsTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
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

  final ManualClock clock = new ManualClock();
  final PartnerSessions sessions = new PartnerSessions(clock, 20);

  PartnerSession open() {
    return sessions.open(
        1L,
        Cdb.of("50001"),
        "practiceconnect",
        "Clinical Practitioner Access Role",
        new LoginAccess(true, true));
  }

  @Test
  void tokensAreLongRandomAndUrlSafe() {
    String a = open().token();
    String b = open().token();
    assertNotEquals(a, b);
    assertEquals(43, a.length(), "32 bytes in unpadded base64");
    assertTrue(a.matches("[A-Za-z0-9_-]+"), a);
  }

  @Test
  void aSessionIdleForLessThanTheTimeoutIsStillOpen() {
    String token = open().token();
    clock.advance(Duration.ofMinutes(19).plusSeconds(59));
    assertTrue(sessions.use(token).isPresent());
  }

  @Test
  void aSessionIdleForTheTimeoutHasExpired() {
    String token = open().token();
    clock.advance(Duration.ofMinutes(20));
    assertTrue(sessions.use(token).isEmpty());
    clock.advance(Duration.ofMinutes(-10));
    assertTrue(sessions.use(token).isEmpty(), "an expired session stays gone");
  }

  @Test
  void everyCallRestartsTheIdleTime() {
    String token = open().token();
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMinutes(15));
      assertTrue(sessions.use(token).isPresent(), "call " + i);
    }
  }

  @Test
  void unknownAndMissingTokensFindNothing() {
    assertTrue(sessions.use("not-a-token").isEmpty());
    assertTrue(sessions.use(null).isEmpty());
  }

  @Test
  void expiredSessionsAreSweptWhenOthersLogOn() {
    open();
    open();
    clock.advance(Duration.ofMinutes(30));
    open();
    assertEquals(1, sessions.openCount());
  }

  @Test
  void loggingOutEndsTheSession() {
    String token = open().token();
    sessions.close(token);
    assertTrue(sessions.use(token).isEmpty());
  }
}
