package uk.practiceconnect.emis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Demo.A81001_KEY;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.practiceconnect.booking.BookingFixture;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Server;

/**
 * The EMIS client, connection test and integration status against the sandbox, over HTTP on the
 * real WAR: every set-up fault one at a time on fresh organisations and practices, open sessions
 * versus fresh logons, re-activation, the status endpoint, heavy faults, and bad requests.
 */
public abstract class EmisIntegrationEndToEnd {

  static final List<String> CODES =
      List.of(
          "SETTINGS_COMPLETE",
          "ORGANISATION_FOUND",
          "CREDENTIALS_VALID",
          "PARTNER_PASSWORD_MATCHES",
          "RBAC_ROLE",
          "APPLICATION_ACTIVE",
          "LOGIN_ALLOWED",
          "AUTO_LOGIN",
          "API_CALLS_ACTIVE");

  URL url;
  Api api;
  EmisSandbox emis;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
    emis = new EmisSandbox(api);
  }

  Api.Reply test(String ods) {
    return api.post("api/v1/practices/" + ods + "/emis-settings/connection-test", PLATFORM_KEY, "");
  }

  JsonObject status(String ods) {
    Api.Reply r = api.get("api/v1/practices/" + ods + "/integration-status", PLATFORM_KEY);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static void assertFailsAt(Api.Reply r, String code) {
    assertEquals(200, r.status(), r::toString);
    JsonObject body = r.json();
    assertEquals("FAILED", body.getString("outcome"), r::toString);
    assertNotNull(body.getString("checkedAt"));
    var checks = body.getJsonArray("checks");
    assertEquals(CODES, checks.stream().map(c -> c.asJsonObject().getString("code")).toList());
    int at = CODES.indexOf(code);
    for (int i = 0; i < checks.size(); i++) {
      JsonObject c = checks.getJsonObject(i);
      String expected = i < at ? "PASSED" : i == at ? "FAILED" : "SKIPPED";
      assertEquals(expected, c.getString("outcome"), () -> c.getString("code") + " in " + r);
      assertFalse(c.getString("title").isBlank());
      if (i == at) {
        assertFalse(c.getString("fix").isBlank(), r::toString);
      } else {
        assertTrue(c.isNull("fix"), r::toString);
      }
    }
  }

  static JsonObject check(Api.Reply r, String code) {
    return r.json().getJsonArray("checks").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** Each way the EMIS side can be set up wrong, and the check that must catch it. */
  static Stream<Arguments> faults() {
    BiConsumer<EmisSandbox, String> nothing = (e, cdb) -> {};
    return Stream.of(
        Arguments.of(
            "ORGANISATION_FOUND", "(2)", (BiConsumer<EmisSandbox, String>) (e, cdb) -> {}, true),
        Arguments.of("CREDENTIALS_VALID", "(4)", nothing, false),
        Arguments.of(
            "CREDENTIALS_VALID",
            "(5)",
            (BiConsumer<EmisSandbox, String>)
                (e, cdb) ->
                    e.user(
                        cdb,
                        "\"rbacRole\":\""
                            + EmisSandbox.ROLE
                            + "\",\"defaultRole\":true,"
                            + "\"mustChangePassword\":true"),
            false),
        Arguments.of(
            "PARTNER_PASSWORD_MATCHES",
            "API Logon Outcome Error (3)",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.partnerPassword(cdb, "Other-Pass-77"),
            false),
        Arguments.of(
            "RBAC_ROLE",
            "(6)",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.user(cdb, "\"defaultRole\":true"),
            false),
        Arguments.of(
            "RBAC_ROLE",
            "(7)",
            (BiConsumer<EmisSandbox, String>)
                (e, cdb) ->
                    e.user(cdb, "\"rbacRole\":\"" + EmisSandbox.ROLE + "\",\"defaultRole\":false"),
            false),
        Arguments.of(
            "APPLICATION_ACTIVE",
            "(8)",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.deactivateApplication(cdb),
            false),
        Arguments.of(
            "LOGIN_ALLOWED",
            "(9)",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.loginAccess(cdb, false, true),
            false),
        Arguments.of(
            "AUTO_LOGIN",
            "(10)",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.loginAccess(cdb, true, false),
            false),
        Arguments.of(
            "API_CALLS_ACTIVE",
            "BookAppointment",
            (BiConsumer<EmisSandbox, String>) (e, cdb) -> e.deactivateCall(cdb, "BookAppointment"),
            false));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void eachSetUpFaultFailsExactlyItsCheckAndSkipsTheRest(
      String code, String inDetail, BiConsumer<EmisSandbox, String> breakIt, boolean unknownOrg) {
    String cdb = emis.healthyOrganisation();
    String ods =
        code.equals("CREDENTIALS_VALID") && inDetail.equals("(4)")
            ? emis.practiceLinkedTo(cdb, "Wrong-Password-1")
            : emis.practiceLinkedTo(unknownOrg ? EmisSandbox.newCdb() : cdb);
    breakIt.accept(emis, cdb);
    Api.Reply r = test(ods);
    assertFailsAt(r, code);
    String detail = check(r, code).getString("detail");
    assertTrue(detail.contains(inDetail), detail);
    assertFalse(detail.contains(EmisSandbox.PASSWORD), "never a password");
    JsonObject s = status(ods);
    assertEquals("BROKEN", s.getString("state"), s::toString);
    assertEquals(code, s.getString("failingCheck"));
  }

  @Test
  void aHealthyPracticePassesEveryCheckAndIsOk() {
    String ods = emis.practiceLinkedTo(emis.healthyOrganisation());
    Api.Reply r = test(ods);
    assertEquals(200, r.status(), r::toString);
    assertEquals("PASSED", r.json().getString("outcome"), r::toString);
    assertTrue(check(r, "API_CALLS_ACTIVE").getString("detail").contains("SetAppointmentStatus"));
    JsonObject s = status(ods);
    assertEquals("OK", s.getString("state"));
    assertTrue(s.isNull("failingCheck"));
    assertEquals(s.getString("since"), s.getString("lastCheckedAt"));
    Api.Reply last =
        api.get("api/v1/practices/" + ods + "/emis-settings/connection-test", PLATFORM_KEY);
    assertEquals("PASSED", last.json().getString("outcome"), last::toString);
    String audit = api.get("api/v1/practices/" + ods + "/audit?q=connection", PLATFORM_KEY).body();
    assertTrue(audit.contains("EMIS_CONNECTION_TEST_RUN") && audit.contains("Passed"), audit);
  }

  @Test
  void missingSettingsAreNotConfiguredAndNothingIsAskedOfEmis() {
    String ods = Demo.freshPractice(api);
    JsonObject before = status(ods);
    assertEquals("NOT_CONFIGURED", before.getString("state"));
    api.put(
        "api/v1/practices/" + ods + "/emis-settings/organisation-id",
        PLATFORM_KEY,
        "{\"organisationId\":\"50001\"}");
    Api.Reply r = test(ods);
    assertFailsAt(r, "SETTINGS_COMPLETE");
    assertTrue(check(r, "SETTINGS_COMPLETE").getString("detail").contains("password"));
    JsonObject s = status(ods);
    assertEquals("NOT_CONFIGURED", s.getString("state"));
    assertEquals("SETTINGS_COMPLETE", s.getString("failingCheck"));
  }

  @Test
  void anOpenSessionKeepsWorkingAfterAllowLoginIsUntickedButTheTestSeesIt() {
    String cdb = emis.healthyOrganisation();
    String ods = emis.practiceLinkedTo(cdb);
    String slotTypes = "api/v1/practices/" + ods + "/emis-settings/slot-types";
    Api.Reply first = api.get(slotTypes, PLATFORM_KEY);
    assertEquals(200, first.status(), first::toString);
    emis.loginAccess(cdb, false, true);
    Api.Reply again = api.get(slotTypes, PLATFORM_KEY);
    assertEquals(200, again.status(), "the open session keeps its rights: " + again);
    assertFailsAt(test(ods), "LOGIN_ALLOWED");
    assertEquals(200, api.get(slotTypes, PLATFORM_KEY).status(), "still open after the test");
    assertEquals("LOGIN_ALLOWED", status(ods).getString("failingCheck"));
    emis.loginAccess(cdb, true, true);
    assertEquals("PASSED", test(ods).json().getString("outcome"));
    assertEquals("OK", status(ods).getString("state"));
  }

  @Test
  void reactivatingTheApplicationReEnablesADeactivatedCall() {
    String cdb = emis.healthyOrganisation();
    String ods = emis.practiceLinkedTo(cdb);
    String slotTypes = "api/v1/practices/" + ods + "/emis-settings/slot-types";
    assertEquals(200, api.get(slotTypes, PLATFORM_KEY).status());
    assertEquals("PASSED", test(ods).json().getString("outcome"));
    emis.deactivateCall(cdb, "GetAppointmentSessions");

    Api.Reply refused = api.get(slotTypes, PLATFORM_KEY);
    assertEquals(502, refused.status(), refused::toString);
    assertTrue(refused.isProblem());
    assertEquals("EMIS_SET_UP_PROBLEM", refused.json().getString("code"));
    assertTrue(refused.json().getString("detail").contains("(11)"), refused::toString);
    JsonObject broken = status(ods);
    assertEquals("BROKEN", broken.getString("state"), "an everyday call's failure shows at once");
    assertEquals("API_CALLS_ACTIVE", broken.getString("failingCheck"));

    Api.Reply r = test(ods);
    assertFailsAt(r, "API_CALLS_ACTIVE");
    String detail = check(r, "API_CALLS_ACTIVE").getString("detail");
    assertTrue(detail.contains("GetAppointmentSessions") && !detail.contains("GetSlots"), detail);
    assertTrue(check(r, "API_CALLS_ACTIVE").getString("fix").contains("Deactivate Application"));

    emis.deactivateApplication(cdb);
    assertFailsAt(test(ods), "APPLICATION_ACTIVE");
    emis.activateApplication(cdb);
    assertEquals("PASSED", test(ods).json().getString("outcome"));
    assertEquals(200, api.get(slotTypes, PLATFORM_KEY).status());
    JsonObject ok = status(ods);
    assertEquals("OK", ok.getString("state"));
    String audit = api.get("api/v1/practices/" + ods + "/audit?q=integration", PLATFORM_KEY).body();
    assertTrue(
        audit.contains("EMIS_INTEGRATION_BROKEN") && audit.contains("EMIS_INTEGRATION_OK"), audit);
    assertEquals(
        1,
        audit.split("EMIS_INTEGRATION_BROKEN", -1).length - 1,
        "broken once, however many checks failed: " + audit);
  }

  /** emis.connection-test.timeout-seconds in the shipped configuration. */
  static final Duration TEST_TIMEOUT = Duration.ofSeconds(20);

  @Test
  void withSlowAndFailingEmisTheTestStillAnswersInTimeWithAClearOutcome() {
    String cdb = emis.healthyOrganisation();
    String ods = emis.practiceLinkedTo(cdb);
    emis.fault(cdb, "*", "\"latencyMs\":2000,\"errorRate\":0.3");
    try {
      Instant started = Instant.now();
      Api.Reply r = test(ods);
      Duration took = Duration.between(started, Instant.now());
      assertEquals(200, r.status(), r::toString);
      assertTrue(
          took.compareTo(TEST_TIMEOUT.plusSeconds(1)) <= 0,
          "the configured " + TEST_TIMEOUT + " and a second at most; took " + took);
      String outcome = r.json().getString("outcome");
      List<JsonObject> failed =
          r.json().getJsonArray("checks").stream()
              .map(v -> v.asJsonObject())
              .filter(c -> c.getString("outcome").equals("FAILED"))
              .toList();
      if (outcome.equals("FAILED")) {
        assertEquals(1, failed.size(), r::toString);
        String code = failed.get(0).getString("code");
        assertFailsAt(r, code); // named, the ones before it passed, the rest skipped
        assertTrue(failed.get(0).getString("detail").startsWith("Could not check"), r::toString);
        assertTrue(failed.get(0).getString("fix").contains("again"), r::toString);
      } else {
        assertEquals("PASSED", outcome, r::toString);
        assertTrue(failed.isEmpty(), r::toString);
        assertTrue(
            r.json().getJsonArray("checks").stream()
                .allMatch(c -> c.asJsonObject().getString("outcome").equals("PASSED")),
            r::toString);
      }
    } finally {
      emis.noFaults(cdb);
    }
  }

  /**
   * The retries are Payara's MicroProfile Fault Tolerance interceptor's, not a unit test's
   * stand-in: the sandbox counts the calls that reach a failing EMIS call of one organisation.
   */
  @Test
  void faultToleranceRetriesReadsAndCancelsThreeTimesButSendsABookingOnce()
      throws InterruptedException {
    BookingFixture f = BookingFixture.create(api, 1, 5, 0, 0);
    BookingFixture.Patient patient = f.patients.get(0);
    String slotTypes = f.practice("emis-settings/slot-types");
    // the periodic check leaves the practice alone for 15 minutes now: only this test's calls (and
    // the one re-check they prompt) reach the faults below
    String checked = checkedAndLeftAlone(f.ods);
    assertEquals(200, api.get(slotTypes, PLATFORM_KEY).status(), "session open, EMIS fine");
    try {
      emis.fault(f.cdb, "GetAppointmentSessions", "\"errorRate\":1");
      Api.Reply read = api.get(slotTypes, PLATFORM_KEY);
      assertEquals(503, read.status(), read::toString);
      assertEquals(3, emis.applied(f.cdb, "GetAppointmentSessions"), "1 attempt + 2 retries");
      emis.noFaults(f.cdb);
      // the failure prompted a re-check (its probes would count below): let it pass first; the
      // next minute's failures prompt none
      awaitCheckAfter(f.ods, checked, Duration.ofSeconds(40));

      emis.fault(f.cdb, "BookAppointment", "\"errorRate\":1");
      String slot = f.slot(60L * 24 * 3, BookingFixture.GP, "Dr Retry");
      Api.Reply refused = f.book("retry-" + System.nanoTime(), patient.json(slot, null));
      assertTrue(refused.status() >= 500, refused::toString);
      assertEquals(1, emis.applied(f.cdb, "BookAppointment"), "a booking is never sent twice");
      assertEquals(0, f.emisBooked());
      emis.noFaults(f.cdb);

      Api.Reply booked = f.book("retry-" + System.nanoTime(), patient.json(slot, null));
      assertEquals(201, booked.status(), booked::toString);
      emis.fault(f.cdb, "SetAppointmentStatus", "\"errorRate\":1");
      Api.Reply cancel =
          api.delete(f.practice("bookings/" + booked.json().getString("bookingId")), PLATFORM_KEY);
      assertTrue(cancel.status() >= 500, cancel::toString);
      assertEquals(3, emis.applied(f.cdb, "SetAppointmentStatus"), "a cancel is repeatable");
    } finally {
      emis.noFaults(f.cdb);
    }
  }

  @Test
  void aFailingEverydayCallPromptsOneRecheckOfTheStatusNotOnePerFailure()
      throws InterruptedException {
    String cdb = emis.healthyOrganisation();
    String ods = emis.practiceLinkedTo(cdb);
    String slotTypes = "api/v1/practices/" + ods + "/emis-settings/slot-types";
    String checkedByTest = checkedAndLeftAlone(ods); // next periodic check: in 15 minutes
    try {
      emis.fault(cdb, "GetAppointmentSessions", "\"errorRate\":1");
      Instant started = Instant.now();
      assertEquals(503, api.get(slotTypes, PLATFORM_KEY).status());
      assertTrue(
          Duration.between(started, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0,
          "the failing request does not wait for the re-check");
      JsonObject rechecked = awaitCheckAfter(ods, checkedByTest, Duration.ofSeconds(40));
      assertEquals("OK", rechecked.getString("state"), "one unanswered check is not believed");

      for (int i = 0; i < 3; i++) {
        assertEquals(503, api.get(slotTypes, PLATFORM_KEY).status());
      }
      Thread.sleep(10_000); // past the re-check delay (5 s), within the debounce minute
      assertEquals(
          rechecked.getString("lastCheckedAt"),
          status(ods).getString("lastCheckedAt"),
          "no second re-check within the minute");
    } finally {
      emis.noFaults(cdb);
    }
  }

  /**
   * Tests the new practice's link (it passes), then waits until no status check of it is under way,
   * and returns when it was last checked: from then on the periodic status check leaves it alone
   * for {@code emis.status-check.interval-minutes}, so any later check is a re-check.
   *
   * <p>A new practice is due for the periodic check at once, so a sweep that began before the test
   * may still be checking it and record its result after the test's: that late check must not be
   * taken for a re-check. A sweep of every practice (the REST call) waits for any sweep running on
   * the server to end, and checks this practice once more.
   */
  String checkedAndLeftAlone(String ods) {
    assertEquals("PASSED", test(ods).json().getString("outcome"));
    Api.Reply sweep = api.post("api/v1/integration-status/sweep", PLATFORM_KEY, "");
    assertEquals(200, sweep.status(), sweep::toString);
    JsonObject s = status(ods);
    assertEquals("OK", s.getString("state"), s::toString);
    return s.getString("lastCheckedAt");
  }

  JsonObject awaitCheckAfter(String ods, String lastCheckedAt, Duration within)
      throws InterruptedException {
    Instant until = Instant.now().plus(within);
    JsonObject s = status(ods);
    while (s.getString("lastCheckedAt").equals(lastCheckedAt) && Instant.now().isBefore(until)) {
      Thread.sleep(500);
      s = status(ods);
    }
    assertTrue(!s.getString("lastCheckedAt").equals(lastCheckedAt), "no re-check: " + s);
    return s;
  }

  @Test
  void theDemoShowsRiversideWorkingAndHillviewBrokenAtLoginAllowed() throws InterruptedException {
    JsonObject riverside = null;
    JsonObject hillview = null;
    Instant until = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(until)) {
      riverside = status("A81001");
      hillview = status("A81002");
      if (!riverside.isNull("lastCheckedAt") && !hillview.isNull("lastCheckedAt")) {
        break;
      }
      Thread.sleep(1000);
    }
    assertEquals("OK", riverside.getString("state"), riverside::toString);
    assertEquals("BROKEN", hillview.getString("state"), hillview::toString);
    assertEquals("LOGIN_ALLOWED", hillview.getString("failingCheck"));
    Api.Reply all = api.get("api/v1/integration-status", PLATFORM_KEY);
    assertTrue(all.body().contains("\"A81002\""), all::toString);
    assertEquals(1, api.get("api/v1/integration-status", A81001_KEY).array().size());
  }

  @Test
  void aSweepChecksEveryPracticeAndCountsThem() {
    emis.practiceLinkedTo(emis.healthyOrganisation());
    Api.Reply r = api.post("api/v1/integration-status/sweep", PLATFORM_KEY, "");
    assertEquals(200, r.status(), r::toString);
    JsonObject report = r.json();
    assertTrue(report.getInt("checked") >= 3, r::toString);
    assertTrue(report.getInt("ok") >= 2, r::toString);
    assertEquals(0, report.getInt("failed"), r::toString);
    assertEquals(403, api.post("api/v1/integration-status/sweep", A81001_KEY, "").status());
  }

  static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), r::toString);
    assertEquals(code, r.json().getString("code"), r::toString);
  }

  @Test
  void badInputAndOtherPracticesAreProblemsNever500() {
    assertProblem(
        api.post("api/v1/practices/A81002/emis-settings/connection-test", A81001_KEY, ""),
        404,
        "NOT_FOUND");
    assertProblem(
        api.get("api/v1/practices/A81002/integration-status", A81001_KEY), 404, "NOT_FOUND");
    for (String ods : List.of("Q99999", "not-an-ods", "A8100%201")) {
      assertProblem(test(ods), 404, "NOT_FOUND");
      assertProblem(
          api.get("api/v1/practices/" + ods + "/integration-status", PLATFORM_KEY),
          404,
          "NOT_FOUND");
    }
    assertProblem(
        api.post("api/v1/practices/A81001/emis-settings/connection-test", null, ""),
        401,
        "UNAUTHENTICATED");
    assertProblem(
        api.get(
            "api/v1/practices/" + Demo.freshPractice(api) + "/emis-settings/connection-test",
            PLATFORM_KEY),
        404,
        "NOT_FOUND");
  }
}
