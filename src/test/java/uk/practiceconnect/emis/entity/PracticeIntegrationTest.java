package uk.practiceconnect.emis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PracticeIntegrationTest {

  static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

  @Test
  void aNewPracticeIsNotConfiguredAndDueAtOnce() {
    var p = new PracticeIntegration(1L, T0);
    assertEquals(IntegrationState.NOT_CONFIGURED, p.state());
    assertEquals(T0, p.nextCheckAt());
  }

  @Test
  void sinceMovesOnlyWhenTheStateChanges() {
    var p = new PracticeIntegration(1L, T0);
    assertTrue(
        p.moveTo(IntegrationState.BROKEN, CheckCode.LOGIN_ALLOWED, "x", T0.plusSeconds(60), 5L));
    assertEquals(T0.plusSeconds(60), p.since());
    assertFalse(
        p.moveTo(
            IntegrationState.BROKEN, CheckCode.API_CALLS_ACTIVE, "y", T0.plusSeconds(120), null));
    assertEquals(T0.plusSeconds(60), p.since(), "broken all along");
    assertEquals(CheckCode.API_CALLS_ACTIVE, p.failingCheck().orElseThrow());
    assertEquals(T0.plusSeconds(120), p.lastCheckedAt());
    assertEquals(5L, p.lastTestId().orElseThrow());
    assertTrue(p.moveTo(IntegrationState.OK, null, null, T0.plusSeconds(180), 6L));
    assertEquals(T0.plusSeconds(180), p.since());
    assertTrue(p.failingCheck().isEmpty());
  }

  @Test
  void countsChecksWithoutAnAnswerUntilEmisAnswersAgain() {
    var p = new PracticeIntegration(1L, T0);
    assertEquals(1, p.unanswered(T0));
    assertEquals(2, p.unanswered(T0));
    p.answered();
    assertEquals(1, p.unanswered(T0));
  }
}
