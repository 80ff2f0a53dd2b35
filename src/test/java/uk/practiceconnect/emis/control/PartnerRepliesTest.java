package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.platform.entity.ErrorCode;

class PartnerRepliesTest {

  static String failureBody(int outcome, String code) {
    return "{\"outcome\":" + outcome + ",\"code\":\"" + code + "\",\"error\":\"EMIS says so\"}";
  }

  @ParameterizedTest
  @CsvSource({
    "404, 2, ORGANISATION_NOT_FOUND, EMIS_SET_UP_PROBLEM",
    "401, 3, PARTNER_PASSWORD_MISMATCH, EMIS_SET_UP_PROBLEM",
    "403, 9, LOGIN_NOT_ALLOWED, EMIS_SET_UP_PROBLEM",
    "403, 11, API_CALL_DEACTIVATED, EMIS_SET_UP_PROBLEM",
    "401, 12, SESSION_EXPIRED, UPSTREAM_UNAVAILABLE",
    "409, 13, SLOT_NOT_FREE, CONFLICT",
    "422, 14, PATIENT_NOT_MATCHED, UNPROCESSABLE",
    "404, 15, NOT_FOUND, NOT_FOUND",
    "429, 17, RATE_LIMITED, RATE_LIMITED",
    "500, 18, INTERNAL_ERROR, UPSTREAM_UNAVAILABLE",
    "422, 19, APPOINTMENT_IN_PAST, UNPROCESSABLE"
  })
  void everyOutcomeBecomesAPartnerExceptionWithItsOwnCode(
      int status, int number, PartnerOutcome outcome, ErrorCode code) {
    PartnerException e = PartnerReplies.failure(status, failureBody(number, outcome.name()));
    assertEquals(outcome, e.outcome());
    assertEquals(number, e.emisOutcome());
    assertEquals("EMIS says so", e.emisError());
    assertEquals(code, e.code());
    assertTrue(e.getMessage().contains(outcome.name() + " (" + number + ")"), e.getMessage());
  }

  @Test
  void aGatewayTimeoutIsATimeoutWhateverItsBodySays() {
    PartnerException e = PartnerReplies.failure(504, failureBody(18, "INTERNAL_ERROR"));
    assertEquals(PartnerOutcome.TIMEOUT, e.outcome());
  }

  @Test
  void anUnknownCodeCountsAsAnInternalError() {
    assertEquals(
        PartnerOutcome.INTERNAL_ERROR,
        PartnerReplies.failure(400, failureBody(42, "NEW_THING")).outcome());
  }

  @ParameterizedTest
  @CsvSource({
    "502, UNREACHABLE",
    "503, UNREACHABLE",
    "504, TIMEOUT",
    "404, UNREACHABLE",
    "429, RATE_LIMITED",
    "500, INTERNAL_ERROR",
    "400, BAD_REQUEST"
  })
  void aBodyThatIsNotOursIsJudgedByItsStatus(int status, PartnerOutcome expected) {
    assertEquals(expected, PartnerReplies.failure(status, "<html>Bad gateway</html>").outcome());
    assertEquals(expected, PartnerReplies.failure(status, "").outcome());
    assertEquals(
        expected, PartnerReplies.failure(status, "{\"message\":\"no outcome\"}").outcome());
  }

  @Test
  void anErrorStatusNeverPassesForSuccess() {
    assertEquals(
        PartnerOutcome.INTERNAL_ERROR,
        PartnerReplies.failure(500, "{\"outcome\":1,\"code\":\"OK\"}").outcome());
  }

  @Test
  void aFailureSentWithStatus200IsStillAFailure() {
    var e =
        assertThrows(
            PartnerException.class, () -> PartnerReplies.ok(failureBody(9, "LOGIN_NOT_ALLOWED")));
    assertEquals(PartnerOutcome.LOGIN_NOT_ALLOWED, e.outcome());
  }

  @Test
  void aSuccessWithoutAnOutcomeIsUnusable() {
    var e =
        assertThrows(PartnerException.class, () -> PartnerReplies.ok("{\"sessionToken\":\"x\"}"));
    assertEquals(PartnerOutcome.INTERNAL_ERROR, e.outcome());
  }

  @Test
  void readsALogon() {
    var json =
        PartnerReplies.ok(
            "{\"outcome\":1,\"code\":\"OK\",\"sessionToken\":\"abc\",\"idleTimeoutSeconds\":1200,"
                + "\"user\":{\"username\":\"practiceconnect\"}}");
    assertEquals("abc", PartnerReplies.sessionToken(json));
    assertEquals(1200, PartnerReplies.idleTimeoutSeconds(json));
  }

  static final String APPOINTMENT =
      "{\"appointmentId\":\"71\",\"slotId\":\"9\",\"start\":\"2026-11-26T09:00:00Z\","
          + "\"end\":\"2026-11-26T09:10:00Z\",\"durationMinutes\":10,\"slotType\":\"Routine\","
          + "\"clinician\":\"Dr A\",\"site\":\"Main\",\"status\":\"BOOKED\","
          + "\"bookedAt\":\"2026-11-20T10:00:00+00:00\",\"reason\":null,"
          + "\"patient\":{\"patientId\":\"5\",\"nhsNumber\":\"9434765919\",\"title\":\"Ms\","
          + "\"forenames\":\"Ann\",\"surname\":\"Brontë\",\"dateOfBirth\":\"1980-02-29\","
          + "\"postcode\":\"LS6 1AB\",\"mobile\":\"07700900123\",\"smsConsent\":true}}";

  @Test
  void readsAppointmentsWithTheirPatients() {
    var list =
        PartnerReplies.appointments(
            PartnerReplies.ok(
                "{\"outcome\":1,\"code\":\"OK\",\"appointments\":[" + APPOINTMENT + "]}"));
    assertEquals(1, list.size());
    var a = list.get(0);
    assertEquals("71", a.appointmentId());
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), a.start());
    assertEquals(Instant.parse("2026-11-20T10:00:00Z"), a.bookedAt());
    assertNull(a.reason());
    assertEquals("9434765919", a.patient().nhsNumber().value());
    assertEquals(LocalDate.of(1980, 2, 29), a.patient().dateOfBirth());
    assertTrue(a.patient().mobileNumber().isPresent());
    assertFalse(a.patient().toString().contains("Brontë"), "a patient never prints their details");
  }

  @Test
  void aPatientWithAnInvalidNhsNumberIsRefusedWithoutRepeatingIt() {
    String bad = APPOINTMENT.replace("9434765919", "1234567890");
    var e =
        assertThrows(
            PartnerException.class,
            () ->
                PartnerReplies.appointment(
                    PartnerReplies.ok(
                        "{\"outcome\":1,\"code\":\"OK\",\"appointment\":" + bad + "}")));
    assertFalse(e.getMessage().contains("1234567890"), e.getMessage());
  }

  @Test
  void readsSlotsAndSlotTypes() {
    var slots =
        PartnerReplies.slots(
            PartnerReplies.ok(
                "{\"outcome\":1,\"code\":\"OK\",\"slots\":[{\"slotId\":\"9\",\"sessionId\":\"2\","
                    + "\"start\":\"2026-11-26T09:00:00Z\",\"end\":\"2026-11-26T09:10:00Z\","
                    + "\"durationMinutes\":10,\"slotType\":\"Routine\",\"clinician\":\"Dr A\","
                    + "\"status\":\"FREE\"}]}"));
    assertEquals(EmisSlot.Status.FREE, slots.get(0).status());
    assertTrue(slots.get(0).isFree());
    var types =
        PartnerReplies.slotTypes(
            PartnerReplies.ok(
                "{\"outcome\":1,\"code\":\"OK\",\"sessions\":["
                    + "{\"sessionId\":\"1\",\"slotTypes\":[{\"slotType\":\"Routine\"},{\"slotType\":\"Nurse\"}]},"
                    + "{\"sessionId\":\"2\",\"slotTypes\":[{\"slotType\":\"Routine\"},{\"slotType\":\"Bloods\"}]}]}"));
    assertEquals(List.of("Routine", "Nurse", "Bloods"), types);
  }

  @Test
  void aMissingListIsUnusableNotEmpty() {
    var e =
        assertThrows(
            PartnerException.class,
            () -> PartnerReplies.slots(PartnerReplies.ok("{\"outcome\":1,\"code\":\"OK\"}")));
    assertEquals(PartnerOutcome.INTERNAL_ERROR, e.outcome());
  }
}
