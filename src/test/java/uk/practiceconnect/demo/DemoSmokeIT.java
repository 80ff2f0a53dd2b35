package uk.practiceconnect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.RealWar;
import uk.practiceconnect.testing.Server;

/**
 * The demo as someone trying it sees it, on the embedded H2 it ships with: one server with both
 * WARs (the application and the EMIS and Notify sandboxes) and its demo data. It answers and
 * describes its API, the sign-in page works for a demo user, Riverside's link to EMIS passes its
 * connection test, and the demo patient books a free slot through the REST API and gets the
 * confirmation text. Needs only a JDK and Maven: the README's {@code mvn verify} runs it. The
 * end-to-end suite proper runs on PostgreSQL ({@code -Ppostgresql}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSmokeIT {

  static final String DEMO_PATIENT_MOBILE = "07700900001";

  @Deployment(testable = false)
  static WebArchive app() {
    return RealWar.get();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void connect() {
    api = Api.at(url);
    Server.awaitReady(api, Duration.ofSeconds(120));
  }

  @Test
  @Order(1)
  void theServerAnswersAndDescribesItsApi() throws Exception {
    assertEquals(200, api.get("api/v1/ping", null).status());
    Api.Reply openApi = api.get("openapi", null);
    for (int i = 0; i < 60 && !openApi.body().contains("operationId"); i++) {
      Thread.sleep(500); // the server builds the description at the first request
      openApi = api.get("openapi", null);
    }
    assertEquals(200, openApi.status(), openApi::toString);
    assertTrue(openApi.body().contains("/api/v1/practices/{odsCode}/bookings"), "bookings API");
    assertFalse(openApi.body().contains("/sandbox/"), "the sandbox keeps out of /openapi");
    // CI lints the description as served (.ci/run: redocly lint target/openapi.yaml)
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "openapi.yaml"), openApi.body());
    Api.Reply docs = api.get("api/docs", null);
    assertEquals(200, docs.status(), docs::toString);
    assertTrue(docs.body().contains("swagger-ui-bundle.js"), "Swagger UI, served from the WAR");
  }

  @Test
  @Order(2)
  void aDemoUserSignsInOnTheSignInPage() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> page = get(browser, api.uri("login.xhtml"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1>Sign in</h1>"), page::body);
    assertTrue(page.body().contains("id=\"login:username\""), page::body);

    HttpResponse<String> after =
        post(
            browser,
            api.uri("login.xhtml"),
            Map.of(
                "login", "login",
                "login:username", "riverside.manager",
                "login:password", Demo.PASSWORD,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState(page.body())));
    assertEquals(200, after.statusCode());
    assertFalse(after.body().contains("id=\"login:username\""), "still on the sign-in page");
    assertTrue(after.uri().getPath().endsWith("practice/settings.xhtml"), after.uri()::toString);
    assertTrue(after.body().contains("Riverside Surgery"), after::body);
  }

  @Test
  @Order(3)
  void riversidesLinkToEmisPassesItsConnectionTest() {
    Api.Reply r =
        api.post("api/v1/practices/A81001/emis-settings/connection-test", Demo.A81001_KEY, "");
    assertEquals(200, r.status(), r::toString);
    assertEquals("PASSED", r.json().getString("outcome"), r::toString);
  }

  @Test
  @Order(4)
  void theDemoPatientBooksAFreeSlotAndGetsTheConfirmationText() throws Exception {
    Api.Reply slots = api.get("api/v1/practices/A81001/slots", Demo.A81001_KEY);
    assertEquals(200, slots.status(), slots::toString);
    List<JsonObject> free = slots.array().getValuesAs(JsonObject.class);
    assertFalse(free.isEmpty(), "the demo lists free slots");
    JsonObject slot = free.get(free.size() / 2);

    String body =
        "{\"slotId\":\""
            + slot.getString("slotId")
            + "\",\"nhsNumber\":\"9990000018\",\"dateOfBirth\":\"1985-06-14\","
            + "\"surname\":\"Morgan\"}";
    Map<String, String> key = Map.of("Idempotency-Key", "demo-smoke-" + UUID.randomUUID());
    Api.Reply booked =
        api.send("POST", "api/v1/practices/A81001/bookings", Demo.A81001_KEY, body, key);
    assertEquals(201, booked.status(), booked::toString);
    assertEquals("CONFIRMED", booked.json().getString("status"), booked::toString);
    Api.Reply again =
        api.send("POST", "api/v1/practices/A81001/bookings", Demo.A81001_KEY, body, key);
    assertEquals(booked.json().getString("bookingId"), again.json().getString("bookingId"));

    Instant until = Instant.now().plusSeconds(60);
    String confirmation = null;
    while (confirmation == null && Instant.now().isBefore(until)) {
      Api.Reply texts =
          api.get("sandbox/notify/admin/v1/messages?phoneNumber=" + DEMO_PATIENT_MOBILE, null);
      assertEquals(200, texts.status(), texts::toString);
      confirmation =
          texts.array().getValuesAs(JsonObject.class).stream()
              .map(m -> m.getString("body", ""))
              .filter(t -> t.startsWith("Riverside Surgery: your") && t.contains("is booked for"))
              .findFirst()
              .orElse(null);
      if (confirmation == null) {
        Thread.sleep(250);
      }
    }
    assertTrue(confirmation != null, "no confirmation text at the Notify sandbox");
    assertTrue(confirmation.contains("/book/cancel/"), confirmation);
  }

  private static String viewState(String page) {
    Matcher m =
        Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(m.find(), "no view state on the page");
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient http, URI uri, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
