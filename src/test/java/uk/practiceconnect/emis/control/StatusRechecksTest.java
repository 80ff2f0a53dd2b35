package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

class StatusRechecksTest {

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {
        "TIMEOUT",
        "UNREACHABLE",
        "INTERNAL_ERROR",
        "RATE_LIMITED",
        "SESSION_EXPIRED",
        "LOGIN_NOT_ALLOWED",
        "APPLICATION_DEACTIVATED",
        "API_CALL_DEACTIVATED",
        "PARTNER_PASSWORD_MISMATCH"
      })
  void failuresOfEmisOrOfTheSetUpCallForARecheck(PartnerOutcome o) {
    assertTrue(StatusRechecks.callsForRecheck(new PartnerException(o, "x")), o.name());
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"SLOT_NOT_FREE", "PATIENT_NOT_MATCHED", "NOT_FOUND", "BAD_REQUEST"})
  void answersAboutTheRequestDoNot(PartnerOutcome o) {
    assertFalse(StatusRechecks.callsForRecheck(new PartnerException(o, "x")), o.name());
  }

  @Test
  void aChangeWithoutAnAnswerDoes() {
    assertTrue(
        StatusRechecks.callsForRecheck(
            PartnerException.unknownOutcome(PartnerOutcome.TIMEOUT, "no answer")));
  }

  @Test
  void refusalsHereAndMissingSettingsDoNot() {
    assertFalse(
        StatusRechecks.callsForRecheck(
            PartnerFailures.of(
                new org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException("full"))));
    assertFalse(
        StatusRechecks.callsForRecheck(
            new PartnerSessions.NotConfigured(PartnerOutcome.ORGANISATION_NOT_FOUND, "No ID")));
  }

  @Test
  void aSchedulerThatRefusesIsLoggedNotThrownAndTheNextFailureTriesAgain() {
    var clock = new PracticeBreakerTest.TestClock();
    List<Long> tried = new ArrayList<>();
    var rechecks =
        new StatusRechecks() {
          @Override
          void schedule(Long practiceId) {
            tried.add(practiceId);
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
          }
        };
    rechecks.clock = clock;
    rechecks.enabled = true;
    rechecks.debounceSeconds = 60;
    rechecks.init();
    var failure = new PartnerException(PartnerOutcome.TIMEOUT, "x");
    rechecks.afterFailure(PartnerSessionsTest.practice(3), failure);
    rechecks.afterFailure(PartnerSessionsTest.practice(3), failure);
    assertEquals(List.of(3L, 3L), tried);
  }

  @Test
  void switchedOffWithTheStatusCheck() {
    List<Long> tried = new ArrayList<>();
    var rechecks =
        new StatusRechecks() {
          @Override
          void schedule(Long practiceId) {
            tried.add(practiceId);
          }
        };
    rechecks.clock = new PracticeBreakerTest.TestClock();
    rechecks.enabled = false;
    rechecks.init();
    rechecks.afterFailure(
        PartnerSessionsTest.practice(3), new PartnerException(PartnerOutcome.TIMEOUT, "x"));
    assertTrue(tried.isEmpty());
  }
}
