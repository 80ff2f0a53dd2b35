package uk.practiceconnect.emis.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.IntegrationRoute;

/**
 * Turns what EMIS answered into the connection test's checks. One logon answers checks 2 to 8 at
 * once, because EMIS checks them in that order and reports the first that fails; the API-call
 * probes answer the last. Every check after the first failure is SKIPPED. No EMIS calls here.
 */
final class CheckSequence {

  private static final List<CheckCode> EMIS_CHECKS = CheckCode.of(IntegrationRoute.EMIS);

  /** What one API-call probe saw; {@code outcome} OK when the call answered as an active call. */
  record ProbeResult(String call, PartnerOutcome outcome, String error) {

    static ProbeResult active(String call) {
      return new ProbeResult(call, PartnerOutcome.OK, null);
    }

    static ProbeResult of(String call, PartnerException e) {
      return new ProbeResult(call, e.outcome(), e.emisError());
    }
  }

  /** The settings a test needs, as saved on the Feature settings page. */
  record Settings(String organisationId, String username, boolean passwordSet) {

    List<String> missing() {
      List<String> missing = new ArrayList<>();
      if (organisationId == null) {
        missing.add("the EMIS Organisation ID");
      }
      if (username == null) {
        missing.add("the API user's username");
      }
      if (!passwordSet) {
        missing.add("the API user's password");
      }
      return missing;
    }
  }

  private CheckSequence() {}

  static ConnectionTestResult settingsIncomplete(Instant at, Settings settings) {
    List<ConnectionCheck> checks = new ArrayList<>();
    checks.add(
        ConnectionCheck.failed(
            CheckCode.SETTINGS_COMPLETE,
            "Not saved yet: " + String.join(", ", settings.missing()) + ".",
            Fixes.forCheck(CheckCode.SETTINGS_COMPLETE, null)));
    skipRest(checks);
    return new ConnectionTestResult(at, checks, true, 0);
  }

  /** The fresh logon failed: its outcome says which check failed. */
  static ConnectionTestResult logonFailed(Instant at, Settings settings, PartnerException e) {
    CheckCode failed = CheckCode.failedBy(e.outcome()).orElse(null);
    List<ConnectionCheck> checks = new ArrayList<>();
    if (failed == null) { // EMIS did not answer usefully: the first check needing it is unknown
      passUpTo(checks, CheckCode.ORGANISATION_FOUND, settings);
      checks.add(
          ConnectionCheck.failed(
              CheckCode.ORGANISATION_FOUND,
              "Could not check: EMIS did not answer the logon properly ("
                  + describe(e)
                  + "), so none of the EMIS checks could run.",
              Fixes.notAnswering()));
      skipRest(checks);
      return new ConnectionTestResult(at, checks, false, 0);
    }
    passUpTo(checks, failed, settings);
    checks.add(
        ConnectionCheck.failed(
            failed, "EMIS refused the logon: " + describe(e), Fixes.forCheck(failed, e.outcome())));
    skipRest(checks);
    return new ConnectionTestResult(at, checks, true, 0);
  }

  /**
   * The logon worked; the probes say whether each API call is active. If the application was
   * deactivated after the logon, the calls fail with outcome 8: that is reported under
   * APPLICATION_ACTIVE (the earlier check, which then did not hold), the later checks SKIPPED, even
   * when some calls also answered 11 before it happened.
   */
  static ConnectionTestResult afterLogon(Instant at, Settings settings, List<ProbeResult> probes) {
    List<ConnectionCheck> checks = new ArrayList<>();
    List<ProbeResult> deactivated = having(probes, PartnerOutcome.API_CALL_DEACTIVATED);
    List<ProbeResult> appOff = having(probes, PartnerOutcome.APPLICATION_DEACTIVATED);
    List<ProbeResult> silent = probes.stream().filter(p -> !isAnswer(p.outcome())).toList();
    if (!appOff.isEmpty()) {
      passUpTo(checks, CheckCode.APPLICATION_ACTIVE, settings);
      checks.add(
          ConnectionCheck.failed(
              CheckCode.APPLICATION_ACTIVE,
              "The logon worked, but then EMIS refused "
                  + names(appOff)
                  + " because Practice Connect was deactivated ("
                  + PartnerException.label(PartnerOutcome.APPLICATION_DEACTIVATED)
                  + ").",
              Fixes.forCheck(
                  CheckCode.APPLICATION_ACTIVE, PartnerOutcome.APPLICATION_DEACTIVATED)));
      skipRest(checks);
      return new ConnectionTestResult(at, checks, true, 0);
    }
    passUpTo(checks, CheckCode.API_CALLS_ACTIVE, settings);
    if (!deactivated.isEmpty()) {
      checks.add(
          ConnectionCheck.failed(
              CheckCode.API_CALLS_ACTIVE,
              "EMIS has deactivated "
                  + (deactivated.size() == 1 ? "this API call: " : "these API calls: ")
                  + names(deactivated)
                  + " ("
                  + PartnerException.label(PartnerOutcome.API_CALL_DEACTIVATED)
                  + ").",
              Fixes.forCheck(CheckCode.API_CALLS_ACTIVE, PartnerOutcome.API_CALL_DEACTIVATED)));
      return new ConnectionTestResult(at, checks, true, 0);
    }
    if (!silent.isEmpty()) {
      checks.add(
          ConnectionCheck.failed(
              CheckCode.API_CALLS_ACTIVE,
              "Could not check "
                  + names(silent)
                  + ": EMIS did not answer properly ("
                  + silent.stream()
                      .map(p -> PartnerException.label(p.outcome()))
                      .distinct()
                      .collect(Collectors.joining(", "))
                  + ").",
              Fixes.notAnswering()));
      return new ConnectionTestResult(at, checks, false, 0);
    }
    checks.add(
        ConnectionCheck.passed(
            CheckCode.API_CALLS_ACTIVE,
            "All " + probes.size() + " API calls answered: " + names(probes) + "."));
    return new ConnectionTestResult(at, checks, true, 0);
  }

  /** "LOGIN_NOT_ALLOWED, API Logon Outcome Error (9). EMIS said: ..." */
  static String describe(PartnerException e) {
    PartnerOutcome o = e.outcome();
    String what =
        o.number() > 0
            ? o.name() + ", API Logon Outcome Error (" + o.number() + ")"
            : o == PartnerOutcome.TIMEOUT ? "no answer in time" : "EMIS could not be reached";
    String said = e.emisError() == null ? "" : ". EMIS said: " + e.emisError();
    return what + said + (said.endsWith(".") ? "" : ".");
  }

  /** An outcome that shows the call got through to EMIS's own logic (it is active). */
  private static boolean isAnswer(PartnerOutcome o) {
    return !o.isTransient() && o != PartnerOutcome.SESSION_EXPIRED;
  }

  private static List<ProbeResult> having(List<ProbeResult> probes, PartnerOutcome outcome) {
    return probes.stream().filter(p -> p.outcome() == outcome).toList();
  }

  private static String names(List<ProbeResult> probes) {
    return probes.stream().map(ProbeResult::call).collect(Collectors.joining(", "));
  }

  private static void passUpTo(List<ConnectionCheck> checks, CheckCode stop, Settings s) {
    for (CheckCode code : EMIS_CHECKS) {
      if (code == stop) {
        return;
      }
      checks.add(ConnectionCheck.passed(code, passedDetail(code, s)));
    }
  }

  private static void skipRest(List<ConnectionCheck> checks) {
    for (int i = checks.size(); i < EMIS_CHECKS.size(); i++) {
      checks.add(ConnectionCheck.skipped(EMIS_CHECKS.get(i)));
    }
  }

  private static String passedDetail(CheckCode code, Settings s) {
    return switch (code) {
      case SETTINGS_COMPLETE ->
          "Organisation ID " + s.organisationId() + " and API user " + s.username() + " are saved.";
      case ORGANISATION_FOUND -> "EMIS found organisation " + s.organisationId() + ".";
      case CREDENTIALS_VALID -> "EMIS accepted the username and password of " + s.username() + ".";
      case PARTNER_PASSWORD_MATCHES -> "The Edit Users password is the same as the EMIS password.";
      case RBAC_ROLE -> "The user has an RBAC role marked Default.";
      case APPLICATION_ACTIVE -> "Practice Connect is active in EMAS Manager.";
      case LOGIN_ALLOWED -> "Allow Login is ticked.";
      case AUTO_LOGIN -> "Auto Login is ticked.";
      case API_CALLS_ACTIVE -> "Every API call answered.";
      default -> throw new IllegalArgumentException(code + " is not an EMIS check");
    };
  }
}
