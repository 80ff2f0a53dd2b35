package uk.practiceconnect.sandbox.notify.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Server;

/**
 * The Notify sandbox as the application meets it: GOV.UK Notify's official Java client, pointed at
 * the deployed WAR, plus the admin face the tests use. One deployment for the whole class.
 */
public abstract class NotifySandboxEndToEnd {

  static final String SERVICE = "53ff6253-f57d-46af-89ee-17c82a90f77e";
  static final String LIVE_KEY =
      "practice_connect_demo-" + SERVICE + "-d94c1f24-6a9d-4dcf-a90d-1099d89354c3";
  static final String TEST_KEY =
      "test_practice_connect-" + SERVICE + "-b6e68394-1aa2-4386-88db-c48e831f8854";
  static final String WRONG_KEY =
      "practice_connect_demo-" + SERVICE + "-00000000-6a9d-4dcf-a90d-1099d89354c3";
  static final String TEMPLATE = "e5715007-42ab-4b03-bc2e-e66e2be2c1a3";
  static final String ADMIN = "sandbox/notify/admin/v1/";

  URL url;
  Api api;
  NotificationClient notify;
  String base;

  @BeforeEach
  void connect() {
    url = Server.url();
    api = Api.at(url);
    base = "http://127.0.0.1:" + url.getPort() + "/sandbox/notify";
    notify = new NotificationClient(LIVE_KEY, base);
  }

  @AfterEach
  void restoreLimitsAndFaults() {
    api.delete(ADMIN + "faults", null);
    api.put(
        ADMIN + "settings", null, "{\"ratePerMinute\":3000,\"burst\":1000,\"dailyLimit\":250000}");
  }

  @Test
  void sendsATextAndReadsItBackByIdAndByReference() throws Exception {
    String reference = "rem-" + UUID.randomUUID();
    SendSmsResponse sent =
        send(notify, "07700 900111", "Your appointment is on Tue at 09:40", reference);
    assertEquals("Your appointment is on Tue at 09:40", sent.getBody());
    assertEquals(Optional.of(reference), sent.getReference());
    assertEquals(UUID.fromString(TEMPLATE), sent.getTemplateId());
    assertEquals(Optional.of("GOVUK"), sent.getFromNumber());

    Notification byId = notify.getNotificationById(sent.getNotificationId().toString());
    assertEquals(Optional.of("07700 900111"), byId.getPhoneNumber());
    assertEquals("sms", byId.getNotificationType());
    assertEquals("Your appointment is on Tue at 09:40", byId.getBody());
    assertTrue(List.of("created", "sending").contains(byId.getStatus()), byId.getStatus());

    List<Notification> byReference =
        notify.getNotifications(null, "sms", reference, null).getNotifications();
    assertEquals(1, byReference.size());
    assertEquals(sent.getNotificationId(), byReference.get(0).getId());
  }

  @Test
  void statusMovesToDeliveredAndTestNumbersFail() throws Exception {
    String ok = send(notify, "+447700900112", "a", null).getNotificationId().toString();
    String perm = send(notify, "07700900003", "b", null).getNotificationId().toString();
    String temp = send(notify, "07700 900 004", "c", null).getNotificationId().toString();
    String viaTestKey =
        send(new NotificationClient(TEST_KEY, base), "07700900003", "d", null)
            .getNotificationId()
            .toString();
    assertEquals(
        "delivered", awaitStatus(ok, notify, s -> !s.equals("created") && !s.equals("sending")));
    assertEquals("permanent-failure", awaitStatus(perm, notify, s -> true));
    assertEquals("temporary-failure", awaitStatus(temp, notify, s -> true));
    assertEquals("delivered", awaitStatus(viaTestKey, notify, s -> true));
    Notification done = notify.getNotificationById(ok);
    assertTrue(done.getSentAt().isPresent() && done.getCompletedAt().isPresent());
    assertEquals(
        1,
        notify.getNotifications("permanent-failure", null, null, null).getNotifications().stream()
            .filter(n -> n.getId().toString().equals(perm))
            .count());
  }

  @Test
  void refusesAWrongKeyWith403() {
    var e =
        assertThrows(
            NotificationClientException.class,
            () -> send(new NotificationClient(WRONG_KEY, base), "07700900113", "x", null));
    assertEquals(403, e.getHttpResult());
    assertTrue(e.getMessage().contains("AuthError"), e.getMessage());
  }

  @Test
  void refusesATokenFromASkewedClockAndARequestWithoutToken() {
    long iat = Instant.now().minusSeconds(60).getEpochSecond();
    String token = jwt("{\"iss\":\"" + SERVICE + "\",\"iat\":" + iat + "}");
    var skewed =
        api.send(
            "GET",
            "sandbox/notify/v2/notifications",
            null,
            null,
            Map.of("Authorization", "Bearer " + token));
    assertEquals(403, skewed.status(), skewed::toString);
    assertEquals(
        "Error: Your system clock must be accurate to within 30 seconds",
        skewed.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    var none = api.get("sandbox/notify/v2/notifications", null);
    assertEquals(401, none.status(), none::toString);
    assertEquals(
        "AuthError", none.json().getJsonArray("errors").getJsonObject(0).getString("error"));
  }

  @Test
  void refusesANumberThatIsNotAUkMobileWith400() {
    var e =
        assertThrows(
            NotificationClientException.class, () -> send(notify, "020 7946 0958", "x", null));
    assertEquals(400, e.getHttpResult());
    assertTrue(e.getMessage().contains("ValidationError"), e.getMessage());
    assertTrue(e.getMessage().contains("phone_number Not a UK mobile number"), e.getMessage());
  }

  @Test
  void refusesAnUnknownTemplateWith400() {
    var e =
        assertThrows(
            NotificationClientException.class,
            () ->
                notify.sendSms(
                    UUID.randomUUID().toString(), "07700900114", Map.of("body", "x"), null));
    assertEquals(400, e.getHttpResult());
    assertTrue(e.getMessage().contains("Template not found"), e.getMessage());
  }

  @Test
  void anInjectedFaultFailsTheNextSendThenSendingWorksAgain() throws Exception {
    var armed = api.put(ADMIN + "faults", null, "{\"status\":500,\"count\":1}");
    assertEquals(200, armed.status(), armed::toString);
    String reference = "fault-" + UUID.randomUUID();
    var e =
        assertThrows(
            NotificationClientException.class, () -> send(notify, "07700900115", "x", reference));
    assertEquals(500, e.getHttpResult());
    assertTrue(e.getMessage().contains("\"Exception\""), e.getMessage());
    send(notify, "07700900115", "x", reference);
    assertEquals(1, count("reference=" + reference), "the failed attempt stored nothing");
  }

  @Test
  void aLowRateLimitAnswers429RateLimitError() throws Exception {
    var set = api.put(ADMIN + "settings", null, "{\"ratePerMinute\":1,\"burst\":2}");
    assertEquals(200, set.status(), set::toString);
    assertEquals(1, set.json().getInt("ratePerMinute"));
    send(notify, "07700900116", "1", null);
    send(notify, "07700900116", "2", null);
    var e =
        assertThrows(
            NotificationClientException.class, () -> send(notify, "07700900116", "3", null));
    assertEquals(429, e.getHttpResult());
    assertTrue(e.getMessage().contains("RateLimitError"), e.getMessage());
  }

  @Test
  void theDailyLimitAnswers429TooManyRequestsButNotForTestKeys() throws Exception {
    api.put(ADMIN + "settings", null, "{\"dailyLimit\":0}");
    var e =
        assertThrows(
            NotificationClientException.class, () -> send(notify, "07700900117", "x", null));
    assertEquals(429, e.getHttpResult());
    assertTrue(e.getMessage().contains("TooManyRequestsError"), e.getMessage());
    send(new NotificationClient(TEST_KEY, base), "07700900117", "x", null);
  }

  @Test
  void adminListingFiltersByNormalisedPhoneAndReference() throws Exception {
    String reference = "list-" + UUID.randomUUID();
    send(notify, "07700 900 221", "first", reference);
    send(notify, "+447700900222", "second", reference);
    send(notify, "07700900222", "third", null);

    var byPhone = api.get(ADMIN + "messages?phoneNumber=" + enc("+44 7700 900222"), null);
    assertEquals(200, byPhone.status(), byPhone::toString);
    var phones = byPhone.array().getValuesAs(JsonObject.class);
    assertTrue(phones.size() >= 2);
    phones.forEach(m -> assertEquals("+447700900222", m.getString("normalisedPhoneNumber")));

    var both =
        api.get(ADMIN + "messages?phoneNumber=07700900222&reference=" + reference, null).array();
    assertEquals(1, both.size());
    JsonObject m = both.getJsonObject(0);
    assertEquals("second", m.getString("body"));
    assertEquals("+447700900222", m.getString("phoneNumber"));
    assertEquals(reference, m.getString("reference"));
    assertEquals(TEMPLATE, m.getString("templateId"));
    assertEquals(SERVICE, m.getString("serviceId"));
    assertTrue(m.containsKey("status") && m.containsKey("createdAt") && m.containsKey("id"));
    assertEquals(2, count("reference=" + reference));

    var bad = api.get(ADMIN + "messages?phoneNumber=12345", null);
    assertEquals(400, bad.status());
    assertTrue(bad.isProblem(), bad::toString);
  }

  @Test
  void adminCanForceAStatus() throws Exception {
    String id = send(notify, "07700900118", "x", null).getNotificationId().toString();
    var forced =
        api.post(ADMIN + "messages/" + id + "/status", null, "{\"status\":\"technical-failure\"}");
    assertEquals(200, forced.status(), forced::toString);
    assertEquals("technical-failure", notify.getNotificationById(id).getStatus());

    var unknown =
        api.post(
            ADMIN + "messages/" + UUID.randomUUID() + "/status",
            null,
            "{\"status\":\"delivered\"}");
    assertEquals(404, unknown.status());
    assertTrue(unknown.isProblem(), unknown::toString);
    var badStatus = api.post(ADMIN + "messages/" + id + "/status", null, "{\"status\":\"lost\"}");
    assertEquals(400, badStatus.status());
    assertTrue(badStatus.isProblem(), badStatus::toString);
  }

  @Test
  void adminRefusesBadFaultsAsProblemDetails() {
    var bad = api.put(ADMIN + "faults", null, "{\"status\":418,\"count\":1}");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.isProblem(), bad::toString);
    var notJson = api.put(ADMIN + "faults", null, "{nope");
    assertEquals(400, notJson.status(), notJson::toString);
    assertTrue(notJson.isProblem(), notJson::toString);
  }

  private SendSmsResponse send(NotificationClient client, String phone, String body, String ref)
      throws NotificationClientException {
    return client.sendSms(TEMPLATE, phone, Map.of("body", body), ref);
  }

  private long count(String query) {
    return api.get(ADMIN + "messages/count?" + query, null)
        .json()
        .getJsonNumber("count")
        .longValue();
  }

  private static String awaitStatus(String id, NotificationClient client, Predicate<String> done)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    String status;
    do {
      status = client.getNotificationById(id).getStatus();
      if (!status.equals("created") && !status.equals("sending") && done.test(status)) {
        return status;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    return status;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A token signed with the live key's secret, with claims of the test's choosing. */
  private static String jwt(String claims) {
    try {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String signed =
          b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
              + "."
              + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      String secret = LIVE_KEY.substring(LIVE_KEY.length() - 36);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signed
          + "."
          + b64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
