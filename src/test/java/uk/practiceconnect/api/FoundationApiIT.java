package uk.practiceconnect.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Demo.A81001_KEY;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.RealWar;

/** The REST contract of the foundation, on the real WAR: good calls, bad input, other practices. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationApiIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return RealWar.get();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void connect() {
    api = Api.at(url);
  }

  private String settings(String ods) {
    return "api/v1/practices/" + ods + "/emis-settings";
  }

  private static void assertProblem(Api.Reply r, int status, String code) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), () -> "not problem+json: " + r);
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    assertEquals(code, p.getString("code"));
    assertNotNull(p.getString("type"));
    assertNotNull(p.getString("title"));
    assertNotNull(p.getString("detail"));
  }

  @Test
  void eachKeySeesOnlyItsPractices() {
    var all = api.get("api/v1/practices", PLATFORM_KEY);
    assertEquals(200, all.status(), all::toString);
    assertTrue(all.body().contains("\"A81001\"") && all.body().contains("\"A81002\""));
    var one = api.get("api/v1/practices", A81001_KEY);
    assertEquals(1, one.array().size(), one::toString);
    assertEquals("A81001", one.array().getJsonObject(0).getString("odsCode"));
    assertEquals("Riverside Surgery", one.array().getJsonObject(0).getString("name"));
  }

  @Test
  void aMissingOrUnknownKeyIs401WithAChallenge() {
    var missing = api.get("api/v1/practices", null);
    assertProblem(missing, 401, "UNAUTHENTICATED");
    assertTrue(missing.header("WWW-Authenticate").startsWith("Bearer"));
    assertProblem(api.get("api/v1/practices", "not-a-key"), 401, "UNAUTHENTICATED");
    assertProblem(
        api.send("GET", "api/v1/practices", null, null, Map.of("Authorization", "Basic eDp5")),
        401,
        "UNAUTHENTICATED");
  }

  @Test
  void anotherPracticeIsNotFoundWhateverTheMethod() {
    assertProblem(api.get(settings("A81002"), A81001_KEY), 404, "NOT_FOUND");
    assertProblem(
        api.put(settings("A81002") + "/organisation-id", A81001_KEY, "{\"organisationId\":\"1\"}"),
        404,
        "NOT_FOUND");
    assertProblem(
        api.put(
            settings("A81002") + "/api-user",
            A81001_KEY,
            "{\"username\":\"u\",\"password\":\"p\"}"),
        404,
        "NOT_FOUND");
    assertProblem(api.get("api/v1/practices/A81002/audit", A81001_KEY), 404, "NOT_FOUND");
    assertProblem(api.get("api/v1/practices/A81002", A81001_KEY), 404, "NOT_FOUND");
    assertTrue(api.get(settings("A81002"), PLATFORM_KEY).status() == 200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q99999", "not-an-ods", "A81001%20x"})
  void unknownOrMalformedPracticeIs404(String ods) {
    assertProblem(api.get(settings(ods), PLATFORM_KEY), 404, "NOT_FOUND");
  }

  @Test
  void settingsRoundTripWithoutEverReturningThePassword() {
    String ods = Demo.freshPractice(api);
    var empty = api.get(settings(ods), PLATFORM_KEY).json();
    assertFalse(empty.getBoolean("apiPasswordSet"));
    assertTrue(empty.isNull("organisationId"));

    var org =
        api.put(settings(ods) + "/organisation-id", PLATFORM_KEY, "{\"organisationId\":\"50123\"}");
    assertEquals(200, org.status(), org::toString);
    assertEquals("50123", org.json().getString("organisationId"));
    assertNotNull(org.header("ETag"));

    var user =
        api.put(
            settings(ods) + "/api-user",
            PLATFORM_KEY,
            "{\"username\":\"practiceconnect\",\"password\":\"Very-Secret-Pw-77\"}");
    assertEquals(200, user.status(), user::toString);
    JsonObject s = user.json();
    assertEquals("practiceconnect", s.getString("apiUsername"));
    assertTrue(s.getBoolean("apiPasswordSet"));
    assertEquals("api-key:Demo: all practices", s.getString("updatedBy"));
    assertNotNull(s.getString("updatedAt"));
    assertEquals(
        List.of("apiPasswordSet", "apiUsername", "organisationId", "updatedAt", "updatedBy"),
        s.keySet().stream().sorted().toList());

    String read = api.get(settings(ods), PLATFORM_KEY).body();
    String audit = api.get("api/v1/practices/" + ods + "/audit", PLATFORM_KEY).body();
    assertFalse(read.contains("Very-Secret"), read);
    assertFalse(audit.contains("Very-Secret"), audit);
  }

  @Test
  void badOrganisationIdsGetFieldErrorsAndChangeNothing() {
    String ods = Demo.freshPractice(api);
    for (String bad : List.of("\"12ab\"", "\"\"", "\" 5001\"", "\"123456789012\"", "null")) {
      var r =
          api.put(
              settings(ods) + "/organisation-id", PLATFORM_KEY, "{\"organisationId\":" + bad + "}");
      assertProblem(r, 400, "VALIDATION_FAILED");
      assertEquals(
          "organisationId", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    assertTrue(api.get(settings(ods), PLATFORM_KEY).json().isNull("organisationId"));
    assertEquals(
        0,
        api
            .get("api/v1/practices/" + ods + "/audit", PLATFORM_KEY)
            .json()
            .getJsonArray("items")
            .stream()
            .filter(e -> e.asJsonObject().getString("action").startsWith("EMIS"))
            .count());
  }

  @Test
  void badApiUserListsEveryFieldAtOnce() {
    String ods = Demo.freshPractice(api);
    var r =
        api.put(
            settings(ods) + "/api-user", PLATFORM_KEY, "{\"username\":\" pc \",\"password\":\"\"}");
    assertProblem(r, 400, "VALIDATION_FAILED");
    var errors = r.json().getJsonArray("errors");
    assertEquals(2, errors.size());
    assertEquals("username", errors.getJsonObject(0).getString("field"));
    assertEquals(
        "The EMIS API username must not start or end with a space",
        errors.getJsonObject(0).getString("message"));
    assertEquals("password", errors.getJsonObject(1).getString("field"));
  }

  @Test
  void unreadableBodiesAre400Or415NeverA500() {
    String path = settings("A81001") + "/organisation-id";
    assertProblem(api.put(path, A81001_KEY, "{not json"), 400, "MALFORMED_REQUEST");
    assertProblem(api.put(path, A81001_KEY, "[1,2]"), 400, "MALFORMED_REQUEST");
    assertProblem(
        api.send("PUT", path, A81001_KEY, null, Map.of("Content-Type", "application/json")),
        400,
        "MALFORMED_REQUEST");
    assertProblem(
        api.send("PUT", path, A81001_KEY, null, Map.of("Content-Type", "text/plain")),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertProblem(api.delete("api/v1/practices/A81001", A81001_KEY), 405, "METHOD_NOT_ALLOWED");
    assertProblem(api.get("api/v1/nothing-here", A81001_KEY), 404, "NOT_FOUND");
  }

  @Test
  void aSaveBasedOnAnOldVersionIsRefusedNotLost() {
    String ods = Demo.freshPractice(api);
    String path = settings(ods) + "/organisation-id";
    String etag = api.put(path, PLATFORM_KEY, "{\"organisationId\":\"1\"}").header("ETag");
    var first =
        api.send("PUT", path, PLATFORM_KEY, "{\"organisationId\":\"2\"}", Map.of("If-Match", etag));
    assertEquals(200, first.status(), first::toString);
    var second =
        api.send("PUT", path, PLATFORM_KEY, "{\"organisationId\":\"3\"}", Map.of("If-Match", etag));
    assertProblem(second, 409, "CHANGED_BY_SOMEONE_ELSE");
    assertTrue(second.json().getString("detail").contains("Reload"));
    assertEquals("2", api.get(settings(ods), PLATFORM_KEY).json().getString("organisationId"));
  }

  @Test
  void twoSavesAtOnceFromTheSameVersionLeaveOneWinner() {
    String ods = Demo.freshPractice(api);
    String path = settings(ods) + "/api-user";
    String etag = api.get(settings(ods), PLATFORM_KEY).header("ETag");
    var a =
        CompletableFuture.supplyAsync(
            () ->
                api.send(
                    "PUT",
                    path,
                    PLATFORM_KEY,
                    "{\"username\":\"alice\",\"password\":\"pw-a\"}",
                    Map.of("If-Match", etag)));
    var b =
        CompletableFuture.supplyAsync(
            () ->
                api.send(
                    "PUT",
                    path,
                    PLATFORM_KEY,
                    "{\"username\":\"bob\",\"password\":\"pw-b\"}",
                    Map.of("If-Match", etag)));
    List<Integer> statuses =
        List.of(a.join().status(), b.join().status()).stream().sorted().toList();
    assertEquals(List.of(200, 409), statuses, () -> a.join() + " / " + b.join());
  }

  @Test
  void addingPracticesNeedsAnAllPracticesWriteKey() {
    String ods = "Y" + (10000 + (int) (Math.random() * 89999));
    String body = "{\"odsCode\":\"" + ods.toLowerCase() + "\",\"name\":\" New Surgery \"}";
    assertProblem(api.post("api/v1/practices", A81001_KEY, body), 403, "FORBIDDEN");
    var created = api.post("api/v1/practices", PLATFORM_KEY, body);
    assertEquals(201, created.status(), created::toString);
    assertEquals(ods, created.json().getString("odsCode"));
    assertEquals("New Surgery", created.json().getString("name"));
    assertTrue(created.header("Location").endsWith("/api/v1/practices/" + ods));
    assertProblem(api.post("api/v1/practices", PLATFORM_KEY, body), 409, "CONFLICT");
    var bad = api.post("api/v1/practices", PLATFORM_KEY, "{\"odsCode\":\"123\",\"name\":\"\"}");
    assertProblem(bad, 400, "VALIDATION_FAILED");
    assertEquals(2, bad.json().getJsonArray("errors").size());
  }

  @Test
  void auditIsNewestFirstPagedAndNamesTheField() {
    String ods = Demo.freshPractice(api);
    String path = settings(ods) + "/organisation-id";
    api.put(path, PLATFORM_KEY, "{\"organisationId\":\"11\"}");
    api.put(path, PLATFORM_KEY, "{\"organisationId\":\"22\"}");
    var page = api.get("api/v1/practices/" + ods + "/audit?page=0&size=2", PLATFORM_KEY);
    assertEquals(200, page.status(), page::toString);
    JsonObject p = page.json();
    assertEquals(3, p.getInt("total")); // practice added + two changes
    assertEquals(2, p.getJsonArray("items").size());
    JsonObject newest = p.getJsonArray("items").getJsonObject(0);
    assertEquals("EMIS_ORGANISATION_ID_CHANGED", newest.getString("action"));
    assertEquals("organisationId", newest.getString("field"));
    assertEquals("Changed from 11 to 22", newest.getString("detail"));
    assertEquals("api-key:Demo: all practices", newest.getString("actor"));
    assertNotNull(newest.getString("at"));
    assertProblem(
        api.get("api/v1/practices/" + ods + "/audit?size=0", PLATFORM_KEY),
        400,
        "VALIDATION_FAILED");
    assertProblem(
        api.get("api/v1/practices/" + ods + "/audit?page=x", PLATFORM_KEY),
        400,
        "VALIDATION_FAILED");
  }

  @Test
  void openApiAndHealthAreServed() {
    var openapi = api.get("openapi", null);
    assertEquals(200, openapi.status());
    for (String path :
        List.of(
            "/api/v1/practices:",
            "/api/v1/practices/{odsCode}/emis-settings:",
            "/api/v1/practices/{odsCode}/emis-settings/organisation-id:",
            "/api/v1/practices/{odsCode}/emis-settings/api-user:",
            "/api/v1/practices/{odsCode}/audit:")) {
      assertTrue(openapi.body().contains(path), () -> "missing " + path);
    }
    assertFalse(openapi.body().contains("/sandbox/"), "the sandbox is not part of the API");
    var health = api.get("health", null);
    assertEquals(200, health.status());
    assertEquals("UP", health.json().getString("status"));
  }
}
