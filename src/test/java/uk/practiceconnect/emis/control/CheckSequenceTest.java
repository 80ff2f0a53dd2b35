package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionCheck.Outcome;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.IntegrationRoute;

class CheckSequenceTest {

  static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");
  static final CheckSequence.Settings SETTINGS =
      new CheckSequence.Settings("50002", "practiceconnect", true);

  static void assertShape(ConnectionTestResult r, CheckCode failing) {
    List<ConnectionCheck> checks = r.checks();
    assertEquals(
        CheckCode.of(IntegrationRoute.EMIS), checks.stream().map(ConnectionCheck::code).toList());
    int at = failing.ordinal();
    for (int i = 0; i < checks.size(); i++) {
      Outcome expected = i < at ? Outcome.PASSED : i == at ? Outcome.FAILED : Outcome.SKIPPED;
      assertEquals(expected, checks.get(i).outcome(), checks.get(i).code() + " in " + checks);
      assertNotNull(checks.get(i).detail());
      if (i == at) {
        assertNotNull(checks.get(i).fix());
        assertFalse(checks.get(i).fix().isBlank());
      } else {
        assertNull(checks.get(i).fix());
      }
    }
    assertFalse(r.passed());
    assertEquals(failing, r.failingCheck().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "ORGANISATION_NOT_FOUND, ORGANISATION_FOUND, 2",
    "INVALID_CREDENTIALS, CREDENTIALS_VALID, 4",
    "USER_DISABLED, CREDENTIALS_VALID, 5",
    "PARTNER_PASSWORD_MISMATCH, PARTNER_PASSWORD_MATCHES, 3",
    "NO_RBAC_ROLE, RBAC_ROLE, 6",
    "RBAC_ROLE_NOT_DEFAULT, RBAC_ROLE, 7",
    "APPLICATION_DEACTIVATED, APPLICATION_ACTIVE, 8",
    "LOGIN_NOT_ALLOWED, LOGIN_ALLOWED, 9",
    "AUTO_LOGIN_OFF, AUTO_LOGIN, 10"
  })
  void aRefusedLogonFailsItsCheckPassesTheOnesBeforeAndSkipsTheRest(
      PartnerOutcome outcome, CheckCode failing, int number) {
    var r =
        CheckSequence.logonFailed(AT, SETTINGS, new PartnerException(outcome, "EMIS words here"));
    assertShape(r, failing);
    assertTrue(r.emisAnswered());
    String detail = r.failure().orElseThrow().detail();
    assertTrue(detail.contains(outcome.name()), detail);
    assertTrue(detail.contains("API Logon Outcome Error (" + number + ")"), detail);
    assertTrue(detail.contains("EMIS words here"), detail);
  }

  @Test
  void thePublicOutcome3IsShownAsSupportStaffKnowIt() {
    var r =
        CheckSequence.logonFailed(
            AT, SETTINGS, new PartnerException(PartnerOutcome.PARTNER_PASSWORD_MISMATCH, null));
    String detail = r.failure().orElseThrow().detail();
    assertTrue(detail.contains("API Logon Outcome Error (3)"), detail);
    String fix = r.failure().orElseThrow().fix();
    assertTrue(fix.contains("Edit Users") && fix.contains("Allow Login"), fix);
  }

  @ParameterizedTest
  @EnumSource(
      value = CheckCode.class,
      names = {
        "PARTNER_PASSWORD_MATCHES",
        "APPLICATION_ACTIVE",
        "LOGIN_ALLOWED",
        "AUTO_LOGIN",
        "API_CALLS_ACTIVE"
      })
  void fixesOnTheEmasSideNameTheWholeMenuPath(CheckCode code) {
    String fix = Fixes.forCheck(code, null);
    assertTrue(fix.startsWith("EMIS Ball › System Tools › EMAS Manager › Partner API tab"), fix);
  }

  @Test
  void loginAccessFixesSayToLogOutAndBackIn() {
    assertTrue(Fixes.forCheck(CheckCode.LOGIN_ALLOWED, null).contains("log out of EMIS"));
    assertTrue(Fixes.forCheck(CheckCode.AUTO_LOGIN, null).contains("log out of EMIS"));
  }

  @Test
  void deactivatedCallsAreFixedByDeactivatingThenActivating() {
    String fix = Fixes.forCheck(CheckCode.API_CALLS_ACTIVE, PartnerOutcome.API_CALL_DEACTIVATED);
    assertTrue(fix.contains("Deactivate Application") && fix.contains("then Activate Application"));
  }

  @Test
  void missingSettingsFailTheFirstCheckAndNothingIsAskedOfEmis() {
    var s = new CheckSequence.Settings("50002", null, false);
    var r = CheckSequence.settingsIncomplete(AT, s);
    assertShape(r, CheckCode.SETTINGS_COMPLETE);
    assertTrue(r.notConfigured());
    String detail = r.failure().orElseThrow().detail();
    assertTrue(detail.contains("username") && detail.contains("password"), detail);
    assertFalse(detail.contains("Organisation ID"), detail);
  }

  @ParameterizedTest
  @EnumSource(
      value = PartnerOutcome.class,
      names = {"TIMEOUT", "UNREACHABLE", "INTERNAL_ERROR", "RATE_LIMITED", "BAD_REQUEST"})
  void aLogonWithoutAUsableAnswerIsNotBlamedOnTheSetUp(PartnerOutcome outcome) {
    var r = CheckSequence.logonFailed(AT, SETTINGS, new PartnerException(outcome, null));
    assertShape(r, CheckCode.ORGANISATION_FOUND);
    assertFalse(r.emisAnswered());
    assertTrue(r.failure().orElseThrow().detail().startsWith("Could not check"));
    assertEquals(Fixes.notAnswering(), r.failure().orElseThrow().fix());
  }

  static List<CheckSequence.ProbeResult> allActive() {
    List<CheckSequence.ProbeResult> probes = new ArrayList<>();
    for (ApiProbe p : ApiProbe.values()) {
      probes.add(CheckSequence.ProbeResult.active(p.callName()));
    }
    return probes;
  }

  @Test
  void everyCallAnsweringPassesTheWholeTest() {
    var r = CheckSequence.afterLogon(AT, SETTINGS, allActive());
    assertTrue(r.passed());
    assertTrue(r.failingCheck().isEmpty());
    assertTrue(r.checks().stream().allMatch(ConnectionCheck::isPassed));
    assertTrue(r.check(CheckCode.API_CALLS_ACTIVE).orElseThrow().detail().contains("All 7"));
  }

  @Test
  void notFoundFromTheWriteProbesMeansTheCallIsActive() {
    var probes = allActive();
    probes.set(
        5, new CheckSequence.ProbeResult("BookAppointment", PartnerOutcome.NOT_FOUND, "no slot 0"));
    probes.set(
        4,
        new CheckSequence.ProbeResult(
            "GetMatchedPatient", PartnerOutcome.PATIENT_NOT_MATCHED, null));
    assertTrue(CheckSequence.afterLogon(AT, SETTINGS, probes).passed());
  }

  @Test
  void aDeactivatedCallFailsTheLastCheckNamingTheCall() {
    var probes = allActive();
    probes.set(
        6,
        new CheckSequence.ProbeResult(
            "SetAppointmentStatus", PartnerOutcome.API_CALL_DEACTIVATED, "deactivated"));
    var r = CheckSequence.afterLogon(AT, SETTINGS, probes);
    assertShape(r, CheckCode.API_CALLS_ACTIVE);
    String detail = r.failure().orElseThrow().detail();
    assertTrue(detail.contains("SetAppointmentStatus") && detail.contains("(11)"), detail);
    assertFalse(detail.contains("GetSlots"), detail);
  }

  @Test
  void callsThatDoNotAnswerAreReportedAsNotAnsweringNotAsDeactivated() {
    var probes = allActive();
    probes.set(1, new CheckSequence.ProbeResult("GetSlots", PartnerOutcome.TIMEOUT, null));
    var r = CheckSequence.afterLogon(AT, SETTINGS, probes);
    assertShape(r, CheckCode.API_CALLS_ACTIVE);
    assertFalse(r.emisAnswered());
    assertEquals(Fixes.notAnswering(), r.failure().orElseThrow().fix());
  }

  @Test
  void anApplicationDeactivatedBetweenLogonAndCallsFailsApplicationActiveNotTheCalls() {
    var probes = allActive();
    probes.set(
        0,
        new CheckSequence.ProbeResult(
            "GetAppointmentSessions", PartnerOutcome.APPLICATION_DEACTIVATED, null));
    var r = CheckSequence.afterLogon(AT, SETTINGS, probes);
    assertShape(r, CheckCode.APPLICATION_ACTIVE);
    assertTrue(r.emisAnswered());
    String detail = r.failure().orElseThrow().detail();
    assertTrue(detail.contains("GetAppointmentSessions") && detail.contains("(8)"), detail);
    assertTrue(r.failure().orElseThrow().fix().contains("Activate Application"));
    assertEquals(
        Outcome.SKIPPED, r.check(CheckCode.API_CALLS_ACTIVE).orElseThrow().outcome(), "not run");
  }

  @Test
  void aDeactivatedApplicationWinsOverCallsThatWereDeactivatedBeforeIt() {
    var probes = allActive();
    probes.set(
        5,
        new CheckSequence.ProbeResult(
            "BookAppointment", PartnerOutcome.API_CALL_DEACTIVATED, null));
    probes.set(
        6,
        new CheckSequence.ProbeResult(
            "SetAppointmentStatus", PartnerOutcome.APPLICATION_DEACTIVATED, null));
    assertShape(CheckSequence.afterLogon(AT, SETTINGS, probes), CheckCode.APPLICATION_ACTIVE);
  }
}
