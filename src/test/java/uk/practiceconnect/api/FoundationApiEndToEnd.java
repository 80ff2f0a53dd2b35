package uk.practiceconnect.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Demo.A81001_KEY;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Server;
import uk.practiceconnect.testing.SupportDesk;

/** The REST contract of the foundation, on the real WAR: good calls, bad input, other practices. */
public abstract class FoundationApiEndToEnd {

  URL url;
  Api api;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
  }

  private String settings(String ods) {
    return "api/v1/practices/" + ods + "/emis-settings";
  }

  /** The fields named in a validation problem's errors, each with a message. */
  private static List<String> fields(Api.Reply r) {
    return r.json().getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .peek(e -> assertFalse(e.getString("message").isBlank(), e::toString))
        .map(e -> e.getString("field"))
        .toList();
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
    String gpc = "api/v1/practices/A81002/gp-connect-settings";
    assertProblem(api.get(gpc, A81001_KEY), 404, "NOT_FOUND");
    assertProblem(api.put(gpc, A81001_KEY, GP_CONNECT_BODY), 404, "NOT_FOUND");
    String route = "api/v1/practices/A81002/integration-route";
    assertProblem(api.get(route, A81001_KEY), 404, "NOT_FOUND");
    assertProblem(api.put(route, A81001_KEY, "{\"route\":\"EMIS\"}"), 404, "NOT_FOUND");
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
    for (String bad :
        List.of("\"12ab\"", "\"\"", "\"50 01\"", "\"  \"", "\"123456789012\"", "null")) {
      var r =
          api.put(
              settings(ods) + "/organisation-id", PLATFORM_KEY, "{\"organisationId\":" + bad + "}");
      assertProblem(r, 400, "VALIDATION_FAILED");
      assertEquals(
          "organisationId", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    assertTrue(api.get(settings(ods), PLATFORM_KEY).json().isNull("organisationId"));
    assertEquals(0, auditEntries(ods, action -> action.startsWith("EMIS")));
  }

  @Test
  void anOrganisationIdWithSpacesAroundItIsStoredWithout() {
    String ods = Demo.freshPractice(api);
    var r =
        api.put(
            settings(ods) + "/organisation-id", PLATFORM_KEY, "{\"organisationId\":\" 50001\\t\"}");
    assertEquals(200, r.status(), r::toString);
    assertEquals("50001", api.get(settings(ods), PLATFORM_KEY).json().getString("organisationId"));
    // the same value saved again is no change: not audited a second time
    var again =
        api.put(settings(ods) + "/organisation-id", PLATFORM_KEY, "{\"organisationId\":\"50001\"}");
    assertEquals(200, again.status(), again::toString);
    assertEquals(1, auditEntries(ods, "EMIS_ORGANISATION_ID_CHANGED"::equals));
  }

  /** How many of the practice's audit entries have an action that {@code wanted} accepts. */
  private long auditEntries(String ods, java.util.function.Predicate<String> wanted) {
    return api
        .get("api/v1/practices/" + ods + "/audit", PLATFORM_KEY)
        .json()
        .getJsonArray("items")
        .stream()
        .filter(e -> wanted.test(e.asJsonObject().getString("action")))
        .count();
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
    // no body at all reads as {}: the field that is missing is named
    var empty = api.send("PUT", path, A81001_KEY, null, Map.of("Content-Type", "application/json"));
    assertProblem(empty, 400, "VALIDATION_FAILED");
    assertEquals(List.of("organisationId"), fields(empty));
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
    String ods = Demo.unusedOdsCode(api, 'Y');
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

  @Test
  void reminderAndBookingSettingsToo_aSaveBasedOnNeverSavedSettingsLosesToTheFirstSave() {
    String ods = Demo.freshPractice(api);
    for (String which : List.of("reminder-settings", "booking-settings")) {
      String path = "api/v1/practices/" + ods + "/" + which;
      var read = api.get(path, PLATFORM_KEY);
      assertEquals(200, read.status(), read::toString);
      String before = read.header("ETag");
      assertEquals("\"-1\"", before, which + " never saved");
      String body = read.body();

      var first = api.send("PUT", path, PLATFORM_KEY, body, Map.of("If-Match", before));
      assertEquals(200, first.status(), first::toString);
      var second = api.send("PUT", path, PLATFORM_KEY, body, Map.of("If-Match", before));
      assertProblem(second, 409, "CHANGED_BY_SOMEONE_ELSE");
      var fresh =
          api.send("PUT", path, PLATFORM_KEY, body, Map.of("If-Match", first.header("ETag")));
      assertEquals(200, fresh.status(), fresh::toString);
    }
  }

  @Test
  void aSaveBasedOnTheSettingsBeforeTheFirstSaveLosesToTheFirstSave() {
    String ods = Demo.freshPractice(api);
    String before = api.get(settings(ods), PLATFORM_KEY).header("ETag");
    assertNotNull(before, "settings never saved still have an ETag");

    var a =
        api.send(
            "PUT",
            settings(ods) + "/organisation-id",
            PLATFORM_KEY,
            "{\"organisationId\":\"50123\"}",
            Map.of("If-Match", before));
    assertEquals(200, a.status(), a::toString);
    var b =
        api.send(
            "PUT",
            settings(ods) + "/api-user",
            PLATFORM_KEY,
            "{\"username\":\"bob\",\"password\":\"pw-bob\"}",
            Map.of("If-Match", before));

    assertProblem(b, 409, "CHANGED_BY_SOMEONE_ELSE");
    JsonObject now = api.get(settings(ods), PLATFORM_KEY).json();
    assertEquals("50123", now.getString("organisationId"));
    assertTrue(now.isNull("apiUsername"), now::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "\"1\", \"2\"", "W/", "version-3"})
  void aMalformedIfMatchIsABadRequest(String tag) {
    var r =
        api.send(
            "PUT",
            settings("A81001") + "/organisation-id",
            A81001_KEY,
            "{\"organisationId\":\"50001\"}",
            Map.of("If-Match", tag));
    assertProblem(r, 400, "MALFORMED_REQUEST");
    assertTrue(r.json().getString("detail").contains("If-Match"), r::toString);
  }

  @Test
  void aReadOnlyKeyCannotChangeAndARevokedKeyIsRefusedAtOnce() {
    SupportDesk desk = SupportDesk.signIn(api);
    String name = "API test reader " + System.nanoTime();
    String key = desk.issueKey(name, "A81001", "READ");
    assertEquals(200, api.get(settings("A81001"), key).status());
    assertProblem(
        api.put(settings("A81001") + "/organisation-id", key, "{\"organisationId\":\"1\"}"),
        403,
        "FORBIDDEN");
    assertProblem(
        api.put(settings("A81001") + "/api-user", key, "{\"username\":\"u\",\"password\":\"p\"}"),
        403,
        "FORBIDDEN");
    assertProblem(
        api.post("api/v1/practices", key, "{\"odsCode\":\"Q12345\",\"name\":\"Q\"}"),
        403,
        "FORBIDDEN");
    String gpc = "api/v1/practices/A81001/gp-connect-settings";
    assertEquals(200, api.get(gpc, key).status());
    assertProblem(api.put(gpc, key, GP_CONNECT_BODY), 403, "FORBIDDEN");
    String route = "api/v1/practices/A81001/integration-route";
    assertEquals(200, api.get(route, key).status());
    assertProblem(api.put(route, key, "{\"route\":\"EMIS\"}"), 403, "FORBIDDEN");

    desk.revokeKey(name);

    var refused = api.get(settings("A81001"), key);
    assertProblem(refused, 401, "UNAUTHENTICATED");
    assertTrue(refused.json().getString("detail").contains("revoked"), refused::toString);
    var revokedEntry =
        api.get("api/v1/practices/A81001/audit?q=" + name.replace(" ", "%20"), PLATFORM_KEY)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("API_KEY_REVOKED", revokedEntry.getString("action"));
    assertEquals("A81001", revokedEntry.getString("odsCode"));
  }

  static Stream<Arguments> badApiUsers() {
    return Stream.of(
        Arguments.of(
            "{\"username\":\"" + "u".repeat(51) + "\",\"password\":\"pw\"}", List.of("username")),
        Arguments.of(
            "{\"username\":\"pc\",\"password\":\"" + "p".repeat(129) + "\"}", List.of("password")),
        Arguments.of("{\"username\":\"pc\\u0007x\",\"password\":\"pw\"}", List.of("username")),
        Arguments.of("{\"username\":\"pc\\nx\",\"password\":\"pw\"}", List.of("username")),
        Arguments.of("{}", List.of("username", "password")),
        Arguments.of(null, List.of("username", "password")),
        Arguments.of("{\"username\":\"pc\"}", List.of("password")),
        Arguments.of("{\"password\":\"pw\"}", List.of("username")));
  }

  @ParameterizedTest
  @MethodSource("badApiUsers")
  void badApiUsersGetAMessageForEachFieldAndChangeNothing(String body, List<String> fields) {
    var r =
        api.send(
            "PUT",
            settings("A81002") + "/api-user",
            PLATFORM_KEY,
            body,
            body == null ? Map.of("Content-Type", "application/json") : Map.of());
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertEquals(fields, fields(r));
    assertFalse(r.body().contains("p".repeat(129)), "the password is not echoed");
  }

  @Test
  void addingAPracticeWithoutABodyNamesBothFields() {
    var r =
        api.send(
            "POST",
            "api/v1/practices",
            PLATFORM_KEY,
            null,
            Map.of("Content-Type", "application/json"));
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertEquals(List.of("odsCode", "name"), fields(r));
    var blank = api.post("api/v1/practices", PLATFORM_KEY, "{}");
    assertProblem(blank, 400, "VALIDATION_FAILED");
    assertEquals(List.of("odsCode", "name"), fields(blank));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "123456", "A81", "A810011", "A8100!", "A 8100", "\\u0000A8100", "Ä81001"})
  void malformedOdsCodesAreRefusedOnTheField(String ods) {
    var r =
        api.post("api/v1/practices", PLATFORM_KEY, "{\"odsCode\":\"" + ods + "\",\"name\":\"X\"}");
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertEquals(List.of("odsCode"), fields(r));
  }

  @Test
  void practicesAddedAtTheSameMomentGiveOneCreatedAndConflictsNeverA500() {
    String ods = Demo.unusedOdsCode(api, 'W');
    String body = "{\"odsCode\":\"" + ods + "\",\"name\":\"Race\"}";
    List<CompletableFuture<Api.Reply>> posts =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> api.post("api/v1/practices", PLATFORM_KEY, body)))
            .toList();
    List<Api.Reply> replies = posts.stream().map(CompletableFuture::join).toList();
    assertEquals(
        List.of(201, 409, 409, 409),
        replies.stream().map(Api.Reply::status).sorted().toList(),
        replies::toString);
    replies.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409, "CONFLICT"));
  }

  @Test
  void auditCanBeFilteredAndPaged() {
    String ods = Demo.freshPractice(api);
    String path = settings(ods) + "/organisation-id";
    for (String id : List.of("11", "22", "33")) {
      assertEquals(
          200, api.put(path, PLATFORM_KEY, "{\"organisationId\":\"" + id + "\"}").status());
    }
    String audit = "api/v1/practices/" + ods + "/audit";

    JsonObject filtered = api.get(audit + "?q=ORGANISATION", PLATFORM_KEY).json();
    assertEquals(3, filtered.getInt("total"));
    assertTrue(
        filtered.getJsonArray("items").stream()
            .allMatch(
                e -> e.asJsonObject().getString("action").equals("EMIS_ORGANISATION_ID_CHANGED")));
    JsonObject byDetail = api.get(audit + "?q=from+11+to+22", PLATFORM_KEY).json();
    assertEquals(1, byDetail.getInt("total"));
    assertEquals(
        "Changed from 11 to 22",
        byDetail.getJsonArray("items").getJsonObject(0).getString("detail"));
    JsonObject none = api.get(audit + "?q=nothing-like-this", PLATFORM_KEY).json();
    assertEquals(0, none.getInt("total"));
    assertTrue(none.getJsonArray("items").isEmpty());

    JsonObject second = api.get(audit + "?page=1&size=3", PLATFORM_KEY).json();
    assertEquals(4, second.getInt("total")); // practice added + three changes
    assertEquals(1, second.getInt("page"));
    assertEquals(3, second.getInt("size"));
    assertEquals(1, second.getJsonArray("items").size());
    assertEquals(
        "PRACTICE_ADDED", second.getJsonArray("items").getJsonObject(0).getString("action"));
    JsonObject filteredPage = api.get(audit + "?q=organisation&page=1&size=2", PLATFORM_KEY).json();
    assertEquals(3, filteredPage.getInt("total"));
    assertEquals(
        "Changed from (not set) to 11",
        filteredPage.getJsonArray("items").getJsonObject(0).getString("detail"));
    JsonObject beyond = api.get(audit + "?page=5&size=3", PLATFORM_KEY).json();
    assertTrue(beyond.getJsonArray("items").isEmpty());
    assertEquals(4, beyond.getInt("total"));
    assertProblem(api.get(audit + "?size=201", PLATFORM_KEY), 400, "VALIDATION_FAILED");
    assertProblem(api.get(audit + "?page=-1", PLATFORM_KEY), 400, "VALIDATION_FAILED");
  }

  static final String GP_CONNECT_ENDPOINT =
      "https://provider.example.nhs.uk/A81001/STU3/1/gpconnect";
  static final String GP_CONNECT_BODY =
      "{\"endpoint\":\""
          + GP_CONNECT_ENDPOINT
          + "\",\"providerAsid\":\"918999198993\",\"providerOdsCode\":\"A81001\"}";

  @Test
  void gpConnectSettingsRoundTripAndTheRouteSwitchesOnlyOnceTheyAreComplete() {
    String ods = Demo.freshPractice(api);
    String gpc = "api/v1/practices/" + ods + "/gp-connect-settings";
    String route = "api/v1/practices/" + ods + "/integration-route";
    var empty = api.get(gpc, PLATFORM_KEY);
    assertEquals(200, empty.status(), empty::toString);
    assertEquals("\"-1\"", empty.header("ETag"));
    assertTrue(empty.json().isNull("endpoint") && empty.json().isNull("providerAsid"));
    assertEquals("EMIS", api.get(route, PLATFORM_KEY).json().getString("route"));

    var refused = api.put(route, PLATFORM_KEY, "{\"route\":\"GP_CONNECT\"}");
    assertProblem(refused, 422, "UNPROCESSABLE");
    assertTrue(refused.json().getString("detail").contains("GP Connect settings first"));

    var bad =
        api.put(
            gpc,
            PLATFORM_KEY,
            "{\"endpoint\":\"ftp://p.example\",\"providerAsid\":\"12ab\",\"providerOdsCode\":\"1\"}");
    assertProblem(bad, 400, "VALIDATION_FAILED");
    assertEquals(List.of("endpoint", "providerAsid", "providerOdsCode"), fields(bad));
    var empties =
        api.send("PUT", gpc, PLATFORM_KEY, null, Map.of("Content-Type", "application/json"));
    assertEquals(List.of("endpoint", "providerAsid", "providerOdsCode"), fields(empties));
    var unknownKey = api.put(gpc, PLATFORM_KEY, "{\"endpoint\":\"x\",\"asid\":\"1\"}");
    assertProblem(unknownKey, 400, "VALIDATION_FAILED");
    assertEquals(List.of("asid"), fields(unknownKey), "strict JSON: a key it does not have");
    assertEquals("\"-1\"", api.get(gpc, PLATFORM_KEY).header("ETag"), "nothing was saved");

    var saved = api.send("PUT", gpc, PLATFORM_KEY, GP_CONNECT_BODY, Map.of("If-Match", "\"-1\""));
    assertEquals(200, saved.status(), saved::toString);
    JsonObject s = saved.json();
    assertEquals(GP_CONNECT_ENDPOINT, s.getString("endpoint"));
    assertEquals("918999198993", s.getString("providerAsid"));
    assertEquals("A81001", s.getString("providerOdsCode"));
    assertEquals("api-key:Demo: all practices", s.getString("updatedBy"));
    assertEquals(
        List.of("endpoint", "providerAsid", "providerOdsCode", "updatedAt", "updatedBy"),
        s.keySet().stream().sorted().toList());
    assertEquals(saved.header("ETag"), api.get(gpc, PLATFORM_KEY).header("ETag"));

    var stale =
        api.send(
            "PUT",
            gpc,
            PLATFORM_KEY,
            GP_CONNECT_BODY.replace("918999198993", "1"),
            Map.of("If-Match", "\"-1\""));
    assertProblem(stale, 409, "CHANGED_BY_SOMEONE_ELSE");
    assertEquals("918999198993", api.get(gpc, PLATFORM_KEY).json().getString("providerAsid"));

    var switched = api.put(route, PLATFORM_KEY, "{\"route\":\"GP_CONNECT\"}");
    assertEquals(200, switched.status(), switched::toString);
    assertEquals("GP_CONNECT", switched.json().getString("route"));
    assertEquals("GP_CONNECT", api.get(route, PLATFORM_KEY).json().getString("route"));
    assertProblem(api.put(route, PLATFORM_KEY, "{\"route\":\"TPP\"}"), 400, "VALIDATION_FAILED");
    var back = api.put(route, PLATFORM_KEY, "{\"route\":\"EMIS\"}");
    assertEquals("EMIS", back.json().getString("route"), back::toString);

    assertEquals(2, auditEntries(ods, "INTEGRATION_ROUTE_CHANGED"::equals));
    assertEquals(3, auditEntries(ods, action -> action.startsWith("GP_CONNECT_")));
  }
}
