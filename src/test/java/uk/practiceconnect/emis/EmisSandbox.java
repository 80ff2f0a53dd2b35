package uk.practiceconnect.emis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;

/**
 * The EMIS sandbox's admin face (what EMAS Manager does) and a practice linked to a fresh sandbox
 * organisation, for tests that break one thing at a time without touching the demo practices.
 */
final class EmisSandbox {

  static final String USER = "practiceconnect";
  static final String PASSWORD = "Fresh-Emis-Pass-9";
  static final String ROLE = "Clinical Practitioner Access Role";

  private final Api api;

  EmisSandbox(Api api) {
    this.api = api;
  }

  static String newCdb() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
  }

  Api.Reply admin(String method, String path, String json) {
    Api.Reply r = api.send(method, "sandbox/emis/admin/v1/" + path, null, json, java.util.Map.of());
    assertTrue(r.status() < 300, () -> method + " " + path + ": " + r);
    return r;
  }

  /** An organisation whose API user is set up as the EMIS help page says. */
  String healthyOrganisation() {
    String cdb = newCdb();
    user(cdb, "\"rbacRole\":\"" + ROLE + "\",\"defaultRole\":true");
    return cdb;
  }

  void user(String cdb, String fields) {
    admin(
        "PUT",
        "organisations/" + cdb + "/users/" + USER,
        "{\"password\":\"" + PASSWORD + "\"," + fields + "}");
  }

  void loginAccess(String cdb, boolean allow, boolean auto) {
    admin(
        "PUT",
        "organisations/" + cdb + "/users/" + USER + "/login-access",
        "{\"allowLogin\":" + allow + ",\"autoLogin\":" + auto + "}");
  }

  void partnerPassword(String cdb, String password) {
    admin(
        "PUT",
        "organisations/" + cdb + "/users/" + USER + "/partner-password",
        "{\"password\":\"" + password + "\"}");
  }

  void deactivateApplication(String cdb) {
    admin("POST", "organisations/" + cdb + "/application/deactivate", null);
  }

  void activateApplication(String cdb) {
    admin("POST", "organisations/" + cdb + "/application/activate", null);
  }

  void deactivateCall(String cdb, String call) {
    admin("POST", "organisations/" + cdb + "/api-calls/" + call + "/deactivate", null);
  }

  void faults(String json) {
    admin("PUT", "faults", json);
  }

  void noFaults() {
    api.send("DELETE", "sandbox/emis/admin/v1/faults", null, null, java.util.Map.of());
  }

  /** A fault for one call of one organisation only (other tests and practices are untouched). */
  void fault(String cdb, String call, String fields) {
    faults("{\"call\":\"" + call + "\",\"organisationId\":\"" + cdb + "\"," + fields + "}");
  }

  /** How many calls the organisation's fault for {@code call} has decided since it was set. */
  long applied(String cdb, String call) {
    return admin("GET", "faults", null).json().getJsonArray("faults").stream()
        .map(v -> v.asJsonObject())
        .filter(
            f ->
                call.equals(f.getString("call")) && cdb.equals(f.getString("organisationId", null)))
        .mapToLong(f -> f.getJsonNumber("applied").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fault for " + call + " of " + cdb));
  }

  void noFaults(String cdb) {
    admin("DELETE", "faults?organisationId=" + cdb, null);
  }

  /** A new practice (never a demo one) whose EMIS settings point at {@code cdb}. */
  String practiceLinkedTo(String cdb, String password) {
    String ods = Demo.freshPractice(api);
    Api.Reply org =
        api.put(
            "api/v1/practices/" + ods + "/emis-settings/organisation-id",
            Demo.PLATFORM_KEY,
            "{\"organisationId\":\"" + cdb + "\"}");
    assertEquals(200, org.status(), org::toString);
    Api.Reply user =
        api.put(
            "api/v1/practices/" + ods + "/emis-settings/api-user",
            Demo.PLATFORM_KEY,
            "{\"username\":\"" + USER + "\",\"password\":\"" + password + "\"}");
    assertEquals(200, user.status(), user::toString);
    return ods;
  }

  String practiceLinkedTo(String cdb) {
    return practiceLinkedTo(cdb, PASSWORD);
  }
}
