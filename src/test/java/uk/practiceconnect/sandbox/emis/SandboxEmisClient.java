package uk.practiceconnect.sandbox.emis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Api.Reply;

/** The EMIS sandbox's two faces as the integration test drives them over HTTP. */
final class SandboxEmisClient {

  static final String APP = "practice-connect";
  static final String USER = "pcuser";
  static final String PASSWORD = "Emis-Pass-1";
  static final String ROLE = "Clinical Practitioner Access Role";
  static final String NHS = "9434765919";

  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Api api;

  SandboxEmisClient(Api api) {
    this.api = api;
  }

  /** A fresh organisation number per test, so tests never share state. */
  static String newCdb() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
  }

  Reply admin(String method, String path, String json) {
    return send(method, "sandbox/emis/admin/v1/" + path, json, Map.of());
  }

  Reply partner(String method, String path, String token, String json) {
    return send(
        method,
        "sandbox/emis/partner/v1/" + path,
        json,
        token == null ? Map.of() : Map.of("X-EMIS-Session", token));
  }

  /**
   * Over HTTP/1.1, one connection per concurrent call, as the application's REST client does: the
   * JDK client would otherwise upgrade to HTTP/2 and put 200 concurrent calls on one connection,
   * more streams than Payara allows (it answers GOAWAY).
   */
  private Reply send(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(60));
    headers.forEach(b::header);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    try {
      HttpResponse<String> r = HTTP_1_1.send(b.build(), BodyHandlers.ofString());
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  /** An organisation with a user set up as the seed page says, and one patient. */
  String organisationWithUser() {
    String cdb = newCdb();
    Reply r =
        putUser(
            cdb,
            "\"password\":\"" + PASSWORD + "\",\"rbacRole\":\"" + ROLE + "\",\"defaultRole\":true");
    assertEquals(201, r.status(), r::toString);
    r =
        admin(
            "PUT",
            "organisations/" + cdb + "/patients/" + NHS,
            "{\"title\":\"Ms\",\"forenames\":\"Anne\",\"surname\":\"Brontë\",\"dateOfBirth\":\"1980-02-29\","
                + "\"postcode\":\"LS6 1AB\",\"mobile\":\"07700900123\",\"smsConsent\":true}");
    assertEquals(201, r.status(), r::toString);
    return cdb;
  }

  Reply putUser(String cdb, String fields) {
    return admin("PUT", "organisations/" + cdb + "/users/" + USER, "{" + fields + "}");
  }

  Reply logon(String cdb, String password) {
    return partner(
        "POST",
        "logon",
        null,
        "{\"organisationId\":\""
            + cdb
            + "\",\"username\":\""
            + USER
            + "\",\"password\":\""
            + password
            + "\",\"applicationId\":\""
            + APP
            + "\"}");
  }

  String token(String cdb) {
    Reply r = logon(cdb, PASSWORD);
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("sessionToken");
  }

  /** A free slot starting {@code minutesAhead} from now (negative: in the past). */
  String slot(String cdb, long minutesAhead) {
    Instant start =
        Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(minutesAhead, ChronoUnit.MINUTES);
    Reply r =
        admin(
            "POST",
            "organisations/" + cdb + "/slots",
            "{\"start\":\""
                + start
                + "\",\"durationMinutes\":10,"
                + "\"slotType\":\"Routine GP appointment\",\"clinician\":\"Dr Amina Khan\"}");
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("slotId");
  }

  Reply book(String token, String slotId) {
    return partner(
        "POST",
        "appointments",
        token,
        "{\"slotId\":\""
            + slotId
            + "\",\"nhsNumber\":\""
            + NHS
            + "\",\"reason\":\"Asthma review\"}");
  }

  static void assertOutcome(int outcome, String code, int status, Reply r) {
    assertEquals(status, r.status(), r::toString);
    JsonObject body = r.json();
    assertEquals(outcome, body.getInt("outcome"), r::toString);
    assertEquals(code, body.getString("code"), r::toString);
  }

  static String range(long daysAhead) {
    Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
    return "from=" + from + "&to=" + from.plus(daysAhead, ChronoUnit.DAYS);
  }
}
