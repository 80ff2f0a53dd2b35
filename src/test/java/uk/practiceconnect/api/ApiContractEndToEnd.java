package uk.practiceconnect.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Demo.A81001_KEY;
import static uk.practiceconnect.testing.Demo.PLATFORM_KEY;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.OpenApiSchemas;
import uk.practiceconnect.testing.Server;

/**
 * The API's contract ({@code /openapi}) is true: it names every operation the WAR answers and no
 * other, and real answers (successes and errors) have a status it declares and a body its schema
 * accepts, with the rate-limit headers it promises.
 */
public abstract class ApiContractEndToEnd {

  Api api;
  JsonObject contract;
  OpenApiSchemas schemas;

  @BeforeEach
  void read() throws InterruptedException {
    api = Api.at(Server.url());
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Api.Reply r;
    do {
      // the server builds the document at the first request after start-up
      r = api.get("openapi?format=JSON", null);
      if (r.status() == 200 && r.body().contains("\"operationId\"")) {
        break;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < giveUp);
    assertEquals(200, r.status(), r::toString);
    contract = Json.createReader(new StringReader(r.body())).readObject();
    schemas = new OpenApiSchemas(contract);
  }

  @Test
  void theContractNamesEveryOperationOfTheWarAndNoOther() throws IOException {
    TreeSet<String> inCode = new TreeSet<>();
    var root = Paths.get("target/classes");
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("uk/practiceconnect"))) {
      for (var f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.startsWith("uk.practiceconnect.sandbox.")) {
          continue; // the stand-ins' own WAR, not this API
        }
        Class<?> c;
        try {
          c = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        Path base = c.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method m : c.getDeclaredMethods()) {
          String verb = verb(m);
          if (verb != null) {
            Path sub = m.getAnnotation(Path.class);
            inCode.add(verb + " " + join("/api", base.value(), sub == null ? "" : sub.value()));
          }
        }
      }
    }
    TreeSet<String> inContract = new TreeSet<>();
    TreeSet<String> operationIds = new TreeSet<>();
    contract
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, op) -> {
                          if (List.of("get", "put", "post", "delete", "patch").contains(verb)) {
                            inContract.add(verb.toUpperCase(Locale.ROOT) + " " + path);
                            JsonObject o = op.asJsonObject();
                            assertTrue(
                                operationIds.add(o.getString("operationId")),
                                "operationId used twice: " + o.getString("operationId"));
                            assertNotNull(o.getString("summary", null), path + " has a summary");
                          }
                        }));
    assertTrue(inCode.size() > 30, "the scan found the resources: " + inCode);
    assertEquals(inCode, inContract, "the operations of the code and of the contract");
  }

  /** One request and the operation of the contract it is an example of. */
  record Call(
      String verb,
      String template,
      String path,
      String key,
      String body,
      Map<String, String> headers) {}

  @Test
  void realAnswersHaveADeclaredStatusAndABodyTheSchemaAccepts() {
    String p = "/api/v1/practices/{odsCode}";
    String fresh = "api/v1/practices/" + Demo.freshPractice(api);
    List<Call> calls =
        List.of(
            new Call("GET", "/api/v1/ping", "api/v1/ping", null, null, Map.of()),
            new Call("GET", "/api/v1/practices", "api/v1/practices", PLATFORM_KEY, null, Map.of()),
            new Call("GET", "/api/v1/practices", "api/v1/practices", null, null, Map.of()),
            new Call("GET", "/api/v1/practices", "api/v1/practices", "not-a-key", null, Map.of()),
            new Call("GET", p, "api/v1/practices/A81001", A81001_KEY, null, Map.of()),
            new Call("GET", p, "api/v1/practices/A81002", A81001_KEY, null, Map.of()),
            new Call(
                "GET",
                p + "/audit",
                "api/v1/practices/A81001/audit?size=5",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/audit",
                "api/v1/practices/A81001/audit?page=x",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/emis-settings",
                "api/v1/practices/A81001/emis-settings",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "PUT",
                p + "/emis-settings/organisation-id",
                "api/v1/practices/A81001/emis-settings/organisation-id",
                A81001_KEY,
                "{\"organisationId\":\"50001\"}",
                Map.of("If-Match", "\"999999\"")),
            new Call(
                "PUT",
                p + "/emis-settings/api-user",
                "api/v1/practices/A81001/emis-settings/api-user",
                A81001_KEY,
                "{\"username\":\"x\",\"colour\":\"blue\"}",
                Map.of()),
            new Call(
                "GET",
                p + "/emis-settings/connection-test",
                "api/v1/practices/A81001/emis-settings/connection-test",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/gp-connect-settings",
                fresh + "/gp-connect-settings",
                PLATFORM_KEY,
                null,
                Map.of()),
            new Call(
                "PUT",
                p + "/gp-connect-settings",
                fresh + "/gp-connect-settings",
                PLATFORM_KEY,
                "{\"endpoint\":\"ftp://x\",\"providerAsid\":\"1\",\"providerOdsCode\":\"A81001\"}",
                Map.of()),
            new Call(
                "GET",
                p + "/integration-route",
                fresh + "/integration-route",
                PLATFORM_KEY,
                null,
                Map.of()),
            new Call(
                "PUT",
                p + "/integration-route",
                fresh + "/integration-route",
                PLATFORM_KEY,
                "{\"route\":\"GP_CONNECT\"}",
                Map.of()),
            new Call(
                "PUT",
                p + "/gp-connect-settings",
                fresh + "/gp-connect-settings",
                PLATFORM_KEY,
                "{\"endpoint\":\"https://p.example.nhs.uk/gpc\",\"providerAsid\":\"1\","
                    + "\"providerOdsCode\":\"A81001\"}",
                Map.of()),
            new Call(
                "PUT",
                p + "/integration-route",
                fresh + "/integration-route",
                PLATFORM_KEY,
                "{\"route\":\"GP_CONNECT\"}",
                Map.of()),
            new Call(
                "GET",
                p + "/integration-status",
                "api/v1/practices/A81001/integration-status",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                "/api/v1/integration-status",
                "api/v1/integration-status",
                PLATFORM_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/reminder-settings",
                "api/v1/practices/A81001/reminder-settings",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "POST",
                p + "/reminder-settings/preview",
                "api/v1/practices/A81001/reminder-settings/preview",
                A81001_KEY,
                "{\"template\":\"See you on ((date)) at ((time))\"}",
                Map.of()),
            new Call(
                "GET",
                p + "/reminders",
                "api/v1/practices/A81001/reminders?size=5",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/reminders/figures",
                "api/v1/practices/A81001/reminders/figures",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/booking-settings",
                "api/v1/practices/A81001/booking-settings",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET", p + "/slots", "api/v1/practices/A81001/slots", A81001_KEY, null, Map.of()),
            new Call(
                "GET",
                p + "/bookings",
                "api/v1/practices/A81001/bookings",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "GET",
                p + "/bookings",
                "api/v1/practices/A81001/bookings?status=LOST",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "POST",
                p + "/bookings",
                "api/v1/practices/A81001/bookings",
                A81001_KEY,
                "{\"slotId\":\"1\"}",
                Map.of()),
            new Call(
                "GET",
                p + "/webhook-endpoints",
                "api/v1/practices/A81001/webhook-endpoints",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "POST",
                p + "/webhook-endpoints",
                "api/v1/practices/A81001/webhook-endpoints",
                A81001_KEY,
                "{\"url\":\"http://10.0.0.1/hook\",\"events\":[\"booking.lost\"]}",
                Map.of()),
            new Call(
                "GET",
                p + "/bookings/{bookingId}",
                "api/v1/practices/A81001/bookings/PC-NOSUCH",
                A81001_KEY,
                null,
                Map.of()),
            new Call(
                "POST",
                p + "/subject-access-exports",
                "api/v1/practices/A81001/subject-access-exports",
                PLATFORM_KEY,
                "{\"nhsNumber\":\"943 476 5919\"}",
                Map.of()),
            new Call(
                "POST",
                p + "/subject-access-exports",
                "api/v1/practices/A81001/subject-access-exports",
                A81001_KEY,
                "{\"nhsNumber\":\"943 476 5919\"}",
                Map.of()),
            new Call(
                "POST",
                p + "/erasures",
                "api/v1/practices/A81001/erasures",
                PLATFORM_KEY,
                "{\"mobile\":\"01132 123456\"}",
                Map.of()));
    List<String> wrong = new ArrayList<>();
    for (Call c : calls) {
      Api.Reply r = api.send(c.verb(), c.path(), c.key(), c.body(), c.headers());
      wrong.addAll(check(c, r));
    }
    assertEquals(List.of(), wrong, "answers that the contract does not describe");
  }

  private List<String> check(Call c, Api.Reply r) {
    String where = c.verb() + " " + c.path() + " → " + r.status() + ": ";
    JsonObject op =
        contract
            .getJsonObject("paths")
            .getJsonObject(c.template())
            .getJsonObject(c.verb().toLowerCase(Locale.ROOT));
    JsonObject responses = op.getJsonObject("responses");
    if (!responses.containsKey(Integer.toString(r.status()))) {
      return List.of(where + "status not declared (" + responses.keySet() + ")");
    }
    JsonObject declared = schemas.resolve(responses.getJsonObject(Integer.toString(r.status())));
    List<String> out = new ArrayList<>();
    if (c.key() != null && r.status() != 401 && !op.containsKey("security")) {
      for (String h : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
        if (r.header(h) == null) {
          out.add(where + "no " + h + " header");
        }
      }
    }
    String type = r.contentType() == null ? "" : r.contentType().split(";")[0].strip();
    JsonObject content = declared.getJsonObject("content");
    if (content == null || !content.containsKey(type)) {
      out.add(where + "content type " + type + " not declared");
      return out;
    }
    if (type.endsWith("json")) {
      var body = Json.createReader(new StringReader(r.body())).readValue();
      schemas
          .problems(body, content.getJsonObject(type).getJsonObject("schema"))
          .forEach(problem -> out.add(where + problem));
    }
    return out;
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    return m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      String s = part.replaceAll("^/+|/+$", "");
      if (!s.isEmpty()) {
        b.append('/').append(s);
      }
    }
    return b.toString();
  }
}
