package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.emis.control.FakePartnerClient.emisFails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  final FakePartnerClient emis = new FakePartnerClient();
  final PracticeBreakerTest.TestClock clock = new PracticeBreakerTest.TestClock();
  final Status status = new Status();
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
    api.breakers = breakers;
    api.status = status;
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
}
