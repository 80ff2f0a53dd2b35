package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.emis.control.FakePartnerClient.emisFails;

import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.NhsNumber;

class PartnerCallsTest {

  static final NhsNumber NHS = NhsNumber.of("9434765919");
  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final String EMPTY_APPOINTMENTS = "{\"outcome\":1,\"code\":\"OK\",\"appointments\":[]}";

  final FakePartnerClient emis = new FakePartnerClient();
  final PartnerCalls calls = emis.calls();

  @Test
  void aReadIsTriedAgainAfterATransientFailure() {
    emis.answer("appointments", emisFails(500, 18, "INTERNAL_ERROR"))
        .answer("appointments", emisFails(429, 17, "RATE_LIMITED"))
        .answer("appointments", EMPTY_APPOINTMENTS);
    assertTrue(calls.bookedAppointments("t", NOW, NOW.plusSeconds(60)).isEmpty());
    assertEquals(3, emis.count("appointments"));
  }

  @Test
  void aReadGivesUpAfterThreeAttempts() {
    emis.fail(
        "appointments", new ProcessingException(new SocketTimeoutException("Read timed out")));
    var e =
        assertThrows(
            PartnerException.class, () -> calls.bookedAppointments("t", NOW, NOW.plusSeconds(60)));
    assertEquals(PartnerOutcome.TIMEOUT, e.outcome());
    assertFalse(e.outcomeUnknown(), "a read has nothing to reconcile");
    assertEquals(3, emis.count("appointments"));
  }

  @Test
  void aSetUpProblemIsNotRetried() {
    emis.answer("slots", emisFails(403, 11, "API_CALL_DEACTIVATED"));
    var e = assertThrows(PartnerException.class, () -> calls.slots("t", NOW, NOW, null, true));
    assertEquals(PartnerOutcome.API_CALL_DEACTIVATED, e.outcome());
    assertEquals(1, emis.count("slots"));
  }

  @Test
  void aBookingIsTriedOnceEvenAfterATransientFailure() {
    emis.answer("book", emisFails(500, 18, "INTERNAL_ERROR"));
    var e = assertThrows(PartnerException.class, () -> calls.book("t", "9", NHS, null));
    assertEquals(PartnerOutcome.INTERNAL_ERROR, e.outcome());
    assertFalse(e.outcomeUnknown(), "EMIS answered: it did not book");
    assertEquals(1, emis.count("book"));
  }

  @Test
  void aBookingWithoutAnAnswerIsReportedAsUnknownOutcomeNotRetried() {
    emis.fail("book", new ProcessingException(new SocketTimeoutException("Read timed out")));
    var e = assertThrows(PartnerException.class, () -> calls.book("t", "9", NHS, "Flu jab"));
    assertTrue(e.outcomeUnknown());
    assertEquals(1, emis.count("book"));
  }

  @Test
  void aBookingBehindAGatewayTimeoutIsUnknownToo() {
    emis.answer("book", emisFails(504, 18, "INTERNAL_ERROR"));
    assertTrue(
        assertThrows(PartnerException.class, () -> calls.book("t", "9", NHS, null))
            .outcomeUnknown());
  }

  @Test
  void aBookingThatNeverLeftIsKnownNotToHaveHappened() {
    emis.fail("book", new ProcessingException(new ConnectException("refused")));
    var e = assertThrows(PartnerException.class, () -> calls.book("t", "9", NHS, null));
    assertEquals(PartnerOutcome.UNREACHABLE, e.outcome());
    assertFalse(e.outcomeUnknown());
    assertEquals(1, emis.count("book"));
  }

  @Test
  void aTakenSlotIsSlotNotFree() {
    emis.answer("book", emisFails(409, 13, "SLOT_NOT_FREE"));
    assertEquals(
        PartnerOutcome.SLOT_NOT_FREE,
        assertThrows(PartnerException.class, () -> calls.book("t", "9", NHS, null)).outcome());
  }

  @Test
  void aCancelIsRepeatableSoItIsTriedAgainAndEndsUnknownIfNeverAnswered() {
    emis.fail("cancel", new ProcessingException(new SocketTimeoutException("Read timed out")));
    var e = assertThrows(PartnerException.class, () -> calls.cancel("t", "71", null));
    assertTrue(e.outcomeUnknown());
    assertEquals(3, emis.count("cancel"));
  }

  @Test
  void noMatchIsEmptyNotAnError() {
    emis.answer("match", emisFails(422, 14, "PATIENT_NOT_MATCHED"));
    assertTrue(calls.matchPatient("t", NHS, LocalDate.of(1980, 1, 1), "Smith").isEmpty());
  }

  @Test
  void theLogonPasswordIsWipedAfterUse() {
    emis.answer(
        "logon",
        "{\"outcome\":1,\"code\":\"OK\",\"sessionToken\":\"s3cr3t\",\"idleTimeoutSeconds\":1200}");
    char[] password = "Secret-1".toCharArray();
    var logon = calls.logon("50001", "practiceconnect", password);
    assertEquals("s3cr3t", logon.token());
    assertEquals(new String(new char[8]), new String(password));
    assertFalse(logon.toString().contains("s3cr3t"));
  }

  @Test
  void thePasswordIsWipedEvenWhenTheLogonFails() {
    emis.answer("logon", emisFails(403, 9, "LOGIN_NOT_ALLOWED"));
    char[] password = "Secret-1".toCharArray();
    assertThrows(PartnerException.class, () -> calls.logon("50001", "u", password));
    assertEquals(new String(new char[8]), new String(password));
  }

  @Test
  void aProbeBookingOnSlotZeroIsRepeatableSoItIsTriedAgain() {
    emis.answer("book", emisFails(500, 18, "INTERNAL_ERROR"));
    assertThrows(PartnerException.class, () -> calls.probeBook("t", "0", NHS));
    assertEquals(3, emis.count("book"), "it cannot book anything, unlike a real booking");
  }

  @Test
  void aFullBulkheadIsNotRetriedAndNotTakenForEmisBeingBusy() {
    emis.fail("appointments", new BulkheadException("full"));
    var e =
        assertThrows(
            PartnerException.class, () -> calls.bookedAppointments("t", NOW, NOW.plusSeconds(60)));
    assertTrue(e instanceof PartnerFailures.LocalRejection, e.toString());
    assertEquals(1, emis.count("appointments"));
  }

  @Test
  void aLogoutIsTriedOnceAndItsFailureIgnored() {
    emis.answer("logout", emisFails(500, 18, "INTERNAL_ERROR"));
    calls.logout("t");
    assertEquals(1, emis.count("logout"));
  }

  @Test
  void retriesAreMicroProfileFaultToleranceAnnotationsAndABookingHasNone() throws Exception {
    for (String name : new String[] {"read", "repeatableChange", "oneShotChange"}) {
      Method m = PartnerAttempts.class.getMethod(name, Supplier.class);
      Retry retry = m.getAnnotation(Retry.class);
      if (name.equals("oneShotChange")) {
        assertNull(retry, "BookAppointment must never be sent twice");
      } else {
        assertNotNull(retry, name);
        assertEquals(2, retry.maxRetries());
        assertTrue(retry.delay() > 0 && retry.jitter() > 0, "delay and jitter");
        assertTrue(
            List.of(retry.retryOn()).contains(PartnerFailures.Retryable.class)
                && List.of(retry.abortOn()).contains(PartnerException.class),
            name);
      }
    }
    assertNull(PartnerAttempts.class.getAnnotation(Retry.class), "no class-wide retry");
    assertNotNull(PartnerAttempts.class.getAnnotation(Timeout.class));
    assertNotNull(PartnerAttempts.class.getAnnotation(Bulkhead.class));
  }
}
