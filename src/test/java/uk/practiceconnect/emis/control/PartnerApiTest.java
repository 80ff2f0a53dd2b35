package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.emis.control.FakePartnerClient.emisFails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.Practice;

class PartnerApiTest {

  static final String EMPTY = "{\"outcome\":1,\"code\":\"OK\",\"appointments\":[]}";

  /** Records what the facade reports instead of storing it. */
  static final class Status extends IntegrationStatus {
    final List<PartnerOutcome> reported = new ArrayList<>();

    @Override
    public void partnerCallFailed(Practice practice, PartnerException failure) {
      reported.add(failure.outcome());
    }
  }

  /** Records the re-checks the facade schedules instead of running them. */
  static final class Rechecks extends StatusRechecks {
    final List<Long> scheduled = new ArrayList<>();

    Rechecks(java.time.Clock clock) {
      this.clock = clock;
      this.enabled = true;
      this.debounceSeconds = 60;
      init();
    }

    @Override
    void schedule(Long practiceId) {
      scheduled.add(practiceId);
    }
  }

  final FakePartnerClient emis = new FakePartnerClient();
  final PracticeBreakerTest.TestClock clock = new PracticeBreakerTest.TestClock();
  final Status status = new Status();
  final Rechecks rechecks = new Rechecks(clock);
  final PartnerApi api = new PartnerApi();
  final Practice broken = PartnerSessionsTest.practice(1);
  final Practice healthy = PartnerSessionsTest.practice(2);

  @BeforeEach
  void wire() {
    var sessions = new PartnerSessions();
    sessions.calls = emis.calls();
    sessions.settings = new PartnerSessionsTest.Settings();
    sessions.clock = clock;
    var breakers = new Breakers();
    breakers.clock = clock;
    breakers.threshold = 2;
    breakers.openSeconds = 30;
    api.sessions = sessions;
    api.calls = sessions.calls;
    api.guard = new GuardedCalls();
    api.guard.breakers = breakers;
    api.guard.status = status;
    api.guard.rechecks = rechecks;
    api.clock = clock;
    emis.answer(
        "logon", "{\"outcome\":1,\"code\":\"OK\",\"sessionToken\":\"s\",\"idleTimeoutSeconds\":0}");
  }

  List<?> read(Practice p) {
    return api.bookedAppointments(p, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600));
  }

  @Test
  void aSilentEmisOpensOnlyItsOwnPracticesBreaker() {
    emis.answer("appointments", emisFails(500, 18, "INTERNAL_ERROR"));
    assertThrows(PartnerException.class, () -> read(broken));
    assertThrows(PartnerException.class, () -> read(broken));
    long callsSoFar = emis.count("appointments");
    var e = assertThrows(PartnerException.class, () -> read(broken));
    assertEquals(PartnerOutcome.UNREACHABLE, e.outcome());
    assertTrue(e.getMessage().contains("paused"), e.getMessage());
    assertEquals(callsSoFar, emis.count("appointments"), "refused without calling EMIS");

    emis.answer("appointments", EMPTY);
    assertTrue(read(healthy).isEmpty(), "another practice is not slowed down");
    assertTrue(status.reported.isEmpty(), "EMIS being silent is not a set-up problem");
  }

  @Test
  void aSetUpFailureIsReportedToTheStatusAtOnceAndDoesNotOpenTheBreaker() {
    emis.answer("appointments", emisFails(403, 11, "API_CALL_DEACTIVATED"));
    for (int i = 0; i < 3; i++) {
      var e = assertThrows(PartnerException.class, () -> read(broken));
      assertEquals(PartnerOutcome.API_CALL_DEACTIVATED, e.outcome());
    }
    assertEquals(3, emis.count("appointments"), "EMIS answered each time: no breaker");
    assertEquals(
        List.of(
            PartnerOutcome.API_CALL_DEACTIVATED,
            PartnerOutcome.API_CALL_DEACTIVATED,
            PartnerOutcome.API_CALL_DEACTIVATED),
        status.reported);
  }

  @Test
  void afterTheOpenPeriodOneTrialCallClosesTheBreakerAgain() {
    emis.answer("appointments", emisFails(500, 18, "INTERNAL_ERROR"));
    assertThrows(PartnerException.class, () -> read(broken));
    assertThrows(PartnerException.class, () -> read(broken));
    clock.advance(java.time.Duration.ofSeconds(31));
    emis.answer("appointments", EMPTY);
    assertTrue(read(broken).isEmpty());
    assertTrue(read(broken).isEmpty());
  }

  @Test
  void aFullBulkheadNeverOpensAHealthyPracticesBreaker() {
    emis.fail("appointments", new BulkheadException("full"));
    for (int i = 0; i < 5; i++) { // more than the threshold of 2
      var e = assertThrows(PartnerException.class, () -> read(healthy));
      assertEquals(PartnerOutcome.RATE_LIMITED, e.outcome());
      assertTrue(e.getMessage().contains("at once from Practice Connect"), e.getMessage());
    }
    emis.answer("appointments", EMPTY);
    long before = emis.count("appointments");
    assertTrue(read(healthy).isEmpty(), "the breaker stayed closed");
    assertEquals(before + 1, emis.count("appointments"), "EMIS was asked");
    assertTrue(rechecks.scheduled.isEmpty(), "nothing is wrong with the practice's EMIS");
  }

  @Test
  void aRefusalHereDuringTheTrialCallLetsTheNextCallerTry() {
    emis.answer("appointments", emisFails(500, 18, "INTERNAL_ERROR"));
    assertThrows(PartnerException.class, () -> read(broken));
    assertThrows(PartnerException.class, () -> read(broken));
    clock.advance(java.time.Duration.ofSeconds(31));
    emis.fail("appointments", new BulkheadException("full"));
    assertThrows(PartnerException.class, () -> read(broken)); // the trial, refused here
    emis.answer("appointments", EMPTY);
    assertTrue(read(broken).isEmpty(), "the trial was handed on, not held");
  }

  @Test
  void failingCallsScheduleOneRecheckOfTheirPracticeNotOnePerFailure() {
    emis.answer("appointments", emisFails(500, 18, "INTERNAL_ERROR"));
    for (int i = 0; i < 4; i++) {
      assertThrows(PartnerException.class, () -> read(broken));
      clock.advance(java.time.Duration.ofSeconds(10)); // (the breaker opens after two)
    }
    assertEquals(List.of(broken.id()), rechecks.scheduled);
    clock.advance(java.time.Duration.ofSeconds(31));
    assertThrows(PartnerException.class, () -> read(broken));
    assertEquals(List.of(broken.id(), broken.id()), rechecks.scheduled, "a minute later: again");
  }

  @Test
  void aSetUpFailureSchedulesARecheckToo() {
    emis.answer("appointments", emisFails(403, 9, "LOGIN_NOT_ALLOWED"));
    assertThrows(PartnerException.class, () -> read(broken));
    assertEquals(List.of(broken.id()), rechecks.scheduled);
  }

  @Test
  void answersAboutTheRequestItselfScheduleNoRecheck() {
    emis.answer("book", emisFails(409, 13, "SLOT_NOT_FREE"));
    var e =
        assertThrows(
            PartnerException.class,
            () ->
                api.book(
                    healthy,
                    "9",
                    uk.practiceconnect.patient.entity.NhsNumber.of("9434765919"),
                    null));
    assertEquals(PartnerOutcome.SLOT_NOT_FREE, e.outcome());
    assertTrue(rechecks.scheduled.isEmpty());
  }
}
