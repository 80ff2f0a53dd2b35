package uk.practiceconnect.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.booking.BookingFixture.GP;
import static uk.practiceconnect.reminders.ReminderFixture.await;
import static uk.practiceconnect.reminders.ReminderFixture.inMinutes;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.signIn;
import static uk.practiceconnect.testing.Pages.waitForText;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.practiceconnect.booking.BookingFixture;
import uk.practiceconnect.reminders.ReminderFixture;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;

/**
 * Webhooks end to end: a receiver on loopback (plain HTTP, allowed in the test server's
 * configuration) registered through the REST API gets every event type, each signed as Standard
 * Webhooks says (checked with the receiver's own HMAC code), after the matching action through the
 * API and the EMIS and Notify sandboxes; a receiver that answers 500 gets the event again; one that
 * hangs slows no booking; bad registrations are problem details.
 */
public abstract class WebhooksEndToEnd {

  static final String KEY = Demo.PLATFORM_KEY;
  static final String ALL =
      "[\"booking.confirmed\",\"booking.cancelled\",\"booking.moved\",\"reminder.delivered\","
          + "\"reminder.failed\",\"patient.opted-out\",\"integration.broken\","
          + "\"integration.restored\"]";

  Api api;
  Receiver receiver;

  @BeforeEach
  void connect() {
    api = Api.at(Server.url());
    receiver = Receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void bookingAndIntegrationEventsArriveSignedInOrderRetriedAndNeverSlowABooking() {
    var f = BookingFixture.create(api, 2, 5, 30, 120);
    JsonObject all = register(f.ods, "/all", ALL);
    JsonObject flaky = register(f.ods, "/flaky", "[\"booking.confirmed\"]");
    JsonObject hang = register(f.ods, "/hang", "[\"booking.confirmed\"]");
    Api.Reply listed = api.get(path(f.ods, ""), KEY);
    assertEquals(3, listed.array().size(), listed::toString);
    assertFalse(listed.body().contains("whsec_"), "a secret is shown once only");

    var p = f.patients.get(0);
    String first = f.slot(24 * 60, GP, "Dr Amina Khan");
    String second = f.slot(48 * 60, GP, "Dr Amina Khan");
    String third = f.slot(72 * 60, GP, "Dr Amina Khan");
    String moveTo = f.slot(96 * 60, GP, "Dr Tom Price");
    // the hanging receiver holds each try for the server's read timeout (2 s in the tests): a
    // booking that waited for it would take that long at least
    long start = System.nanoTime();
    JsonObject one = ok(f.book("wh-1", p.json(first, null))).json();
    long bookingMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(bookingMillis < 2000, "the booking took " + bookingMillis + " ms");
    ok(f.send("DELETE", f.practice("bookings/" + one.getString("bookingId")), KEY, null));
    JsonObject two = ok(f.book("wh-2", p.json(second, null))).json();
    ok(f.book("wh-3", f.patients.get(1).json(third, null)));
    f.moveInEmis(two.getString("emisAppointmentId"), moveTo);
    f.cancelInEmis(third);
    ok(f.send("POST", f.practice("bookings/reconcile"), KEY, null));

    await("six booking events", Duration.ofSeconds(20), () -> receiver.at("/all").size() >= 6);
    List<String> types = receiver.at("/all").stream().map(Receiver.Received::type).toList();
    assertEquals(
        List.of("booking.confirmed", "booking.cancelled", "booking.confirmed", "booking.confirmed"),
        types.subList(0, 4),
        "in the order they happened: " + types);
    assertEquals(
        List.of("booking.cancelled", "booking.moved"),
        types.subList(4, 6).stream().sorted().toList(),
        types::toString);
    String secret = all.getString("secret");
    for (var r : receiver.at("/all")) {
      assertTrue(r.signedWith(secret), () -> "not signed with the endpoint's secret: " + r);
      long age = Instant.now().getEpochSecond() - Long.parseLong(r.timestamp());
      assertTrue(age >= -5 && age < 60, "webhook-timestamp is unix seconds of the try: " + r);
      assertTrue(r.id().startsWith("msg_"), r::toString);
      assertFalse(r.body().contains(p.surname()) || r.body().contains("07700"), r::body);
    }
    JsonObject confirmed = receiver.at("/all").get(0).json();
    assertEquals("booking.confirmed", confirmed.getString("type"));
    Instant.parse(confirmed.getString("timestamp"));
    JsonObject data = confirmed.getJsonObject("data");
    assertEquals(one.getString("bookingId"), data.getString("bookingId"));
    assertEquals("*** *** " + p.nhs().substring(6), data.getString("nhsNumber"));
    assertEquals("API", receiver.at("/all").get(1).data().getString("channel"));
    Map<String, Receiver.Received> byType = receiver.byType("/all");
    assertEquals(
        "EMIS",
        receiver.at("/all").subList(4, 6).stream()
            .filter(r -> r.type().equals("booking.cancelled"))
            .findFirst()
            .orElseThrow()
            .data()
            .getString("channel"));
    assertFalse(byType.get("booking.moved").data().isNull("movedTo"));

    // 500 first, then 200 five seconds later: the same message (webhook-id), signed again
    await("the retry", Duration.ofSeconds(20), () -> receiver.at("/flaky").size() >= 4);
    List<Receiver.Received> tries = receiver.at("/flaky");
    assertEquals(500, tries.get(0).answered());
    assertEquals(tries.get(0).id(), tries.get(1).id(), "a retry keeps its webhook-id");
    assertTrue(
        tries.get(1).answered() == 204 && tries.get(1).signedWith(flaky.getString("secret")));
    JsonObject delivery =
        api.get(path(f.ods, flaky.getString("id") + "/deliveries"), KEY).array().stream()
            .map(v -> v.asJsonObject())
            .filter(d -> d.getString("messageId").equals(tries.get(0).id()))
            .findFirst()
            .orElseThrow();
    assertEquals("DELIVERED", delivery.getString("status"), delivery::toString);
    assertEquals(2, delivery.getInt("tries"), delivery::toString);
    assertEquals(204, delivery.getInt("lastAnswerStatus"), delivery::toString);
    Api.Reply resent =
        api.post(
            path(
                f.ods,
                flaky.getString("id") + "/deliveries/" + delivery.getJsonNumber("id") + "/resend"),
            KEY,
            null);
    assertEquals(202, resent.status(), resent::toString);
    await(
        "the resent message",
        Duration.ofSeconds(10),
        () ->
            receiver.at("/flaky").stream().filter(r -> r.id().equals(tries.get(0).id())).count()
                == 3);

    // a rotated secret: both the new and the old one sign for a day
    Api.Reply rotated = api.post(path(f.ods, all.getString("id") + "/secret"), KEY, null);
    assertEquals(200, rotated.status(), rotated::toString);
    String fresh = rotated.json().getString("secret");
    assertTrue(fresh.startsWith("whsec_") && !fresh.equals(secret), rotated::toString);
    f.send(
        "POST",
        "sandbox/emis/admin/v1/organisations/" + f.cdb + "/application/deactivate",
        null,
        null);
    f.send("POST", f.practice("emis-settings/connection-test"), KEY, null);
    f.send(
        "POST",
        "sandbox/emis/admin/v1/organisations/" + f.cdb + "/application/activate",
        null,
        null);
    f.send("POST", f.practice("emis-settings/connection-test"), KEY, null);
    await(
        "broken and restored",
        Duration.ofSeconds(15),
        () -> receiver.byType("/all").containsKey("integration.restored"));
    var broken = receiver.byType("/all").get("integration.broken");
    assertEquals("APPLICATION_ACTIVE", broken.data().getString("failedCheck"), broken::body);
    assertTrue(broken.signedWith(fresh) && broken.signedWith(secret), broken::toString);
    assertEquals(2, broken.signatures().split(" ").length, broken::toString);
    List<String> last = receiver.at("/all").stream().map(Receiver.Received::type).toList();
    assertEquals(
        List.of("integration.broken", "integration.restored"),
        last.subList(last.size() - 2, last.size()));

    // the hanging receiver: its first event tried, timed out and waiting for a retry, the later
    // ones waiting behind it (newest first in the list); then it is removed
    var toHang = api.get(path(f.ods, hang.getString("id") + "/deliveries"), KEY).array();
    assertEquals(3, toHang.size(), toHang::toString);
    JsonObject oldest = toHang.getJsonObject(2);
    assertTrue(oldest.getInt("tries") >= 1, oldest::toString);
    assertTrue(oldest.getString("lastError").startsWith("No answer"), oldest::toString);
    assertEquals(0, toHang.getJsonObject(0).getInt("tries"), "in order: " + toHang);
    assertEquals(204, api.delete(path(f.ods, hang.getString("id")), KEY).status());
    assertEquals(404, api.get(path(f.ods, hang.getString("id")), KEY).status());
    String audit = api.get("api/v1/practices/" + f.ods + "/audit?q=WEBHOOK", KEY).body();
    for (String action :
        List.of(
            "WEBHOOK_ENDPOINT_ADDED",
            "WEBHOOK_SECRET_ROTATED",
            "WEBHOOK_DELIVERY_RESENT",
            "WEBHOOK_ENDPOINT_REMOVED")) {
      assertTrue(audit.contains(action), action + " audited: " + audit);
    }
  }

  @Test
  void reminderEventsAndOptOutsArriveWithoutPhoneNumbers() {
    ReminderFixture r = ReminderFixture.fresh(api);
    JsonObject endpoint =
        register(
            r.ods,
            "/reminders",
            "[\"reminder.delivered\",\"reminder.failed\",\"patient.opted-out\"]");
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    r.patient(nhs, mobile, true, LocalDate.of(1980, 5, 6));
    String unlucky = ReminderFixture.randomNhs();
    r.patient(unlucky, "07700900003", true, LocalDate.of(1981, 6, 7)); // Notify: permanent failure
    r.book(nhs, inMinutes(180));
    r.book(unlucky, inMinutes(200));
    r.run();
    await(
        "delivered and failed",
        Duration.ofSeconds(40),
        () ->
            receiver
                .byType("/reminders")
                .keySet()
                .containsAll(List.of("reminder.delivered", "reminder.failed")));
    var delivered = receiver.byType("/reminders").get("reminder.delivered");
    assertEquals("*** *** " + nhs.substring(6), delivered.data().getString("nhsNumber"));
    var failed = receiver.byType("/reminders").get("reminder.failed");
    assertEquals("permanent-failure", failed.data().getString("notifyStatus"), failed::body);

    Api.Reply stop =
        api.post(
            "sandbox/notify/admin/v1/received-text-messages",
            null,
            "{\"phoneNumber\":\"" + mobile + "\",\"content\":\"STOP\"}");
    assertEquals(201, stop.status(), stop::toString);
    await(
        "the opt-out",
        Duration.ofSeconds(20),
        () -> receiver.byType("/reminders").containsKey("patient.opted-out"));
    var optedOut = receiver.byType("/reminders").get("patient.opted-out");
    assertEquals("reply", optedOut.data().getString("how"), optedOut::body);
    assertEquals("*** *** " + nhs.substring(6), optedOut.data().getString("nhsNumber"));
    String digits = mobile.replace(" ", "").substring(1);
    for (var x : receiver.at("/reminders")) {
      assertTrue(x.signedWith(endpoint.getString("secret")), x::toString);
      assertFalse(x.body().contains(digits) || x.body().contains("900003"), x::body);
    }
  }

  @Test
  void badRegistrationsAreProblemDetailsWithTheFieldAndNothingIsStored() {
    String ods = Demo.freshPractice(api);
    String p = path(ods, "");
    assertProblem(
        api.post(p, KEY, "{\"url\":\"https://10.0.0.1/hook\",\"events\":" + ALL + "}"),
        400,
        "VALIDATION_FAILED",
        "url");
    assertProblem(
        api.post(p, KEY, "{\"url\":\"ftp://127.0.0.1/x\",\"events\":[\"booking.moved\"]}"),
        400,
        "VALIDATION_FAILED",
        "url");
    assertProblem(
        api.post(p, KEY, "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"booking.made\"]}"),
        400,
        "VALIDATION_FAILED",
        "events");
    assertProblem(
        api.post(p, KEY, "{\"url\":\"" + receiver.url("/x") + "\"}"),
        400,
        "VALIDATION_FAILED",
        "events");
    assertProblem(api.post(p, KEY, "{\"url\": "), 400, "MALFORMED_REQUEST", null);
    assertProblem(api.get(path(ods, "ep_nothing"), KEY), 404, "NOT_FOUND", null);
    assertProblem(api.post(p, Demo.A81001_KEY, "{}"), 404, "NOT_FOUND", null);
    assertEquals(0, api.get(p, KEY).array().size());
    JsonObject made = register(ods, "/x", "[\"booking.moved\"]");
    assertProblem(
        api.post(p, KEY, "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"booking.moved\"]}"),
        409,
        "CONFLICT",
        "url");
    assertProblem(
        api.post(path(ods, made.getString("id") + "/deliveries/x/resend"), KEY, null),
        404,
        "NOT_FOUND",
        null);
    String openapi = api.get("openapi", null).body();
    assertTrue(
        openapi.contains("registerWebhookEndpoint") && openapi.contains("resendWebhookDelivery"),
        "documented");
  }

  @Test
  void theSupportDeskAddsAnEndpointOnThePageSeesItsSecretOnceAndItsDeliveries() {
    String ods = Demo.freshPractice(api);
    WebDriver driver = Browser.desktop();
    try {
      signIn(driver, api, "support.desk", Demo.PASSWORD);
      driver.get(api.uri("practice/webhooks.xhtml?ods=" + ods).toString());
      assertTrue(driver.getPageSource().contains("Webhooks"), "linked and found");
      driver.findElement(By.id("webhookForm:add")).click();
      waitForText(driver, By.id("webhookForm:urlError"), "Give the address");
      waitForText(driver, By.id("webhookForm:eventsError"), "at least one event");
      Pages.assertErrorSummaryFocused(driver, "webhookForm", 2);
      Accessibility.assertNoViolations(driver, "Webhooks with two field errors");

      fill(driver, "webhookForm:url", receiver.url("/page"));
      driver.findElement(By.cssSelector("label[for='webhookForm:events:0']")).click();
      driver.findElement(By.id("webhookForm:add")).click();
      String secret = waitForText(driver, By.id("secretValue"), "whsec_").getText().strip();
      assertTrue(driver.findElement(By.id("copySecret")).isDisplayed(), "a Copy button");
      Browser.screenshot(driver, "webhooks-secret-once");
      Accessibility.assertNoViolations(driver, "Webhooks with a new secret");
      JsonObject listed = api.get(path(ods, ""), KEY).array().getJsonObject(0);
      assertEquals(receiver.url("/page"), listed.getString("url"));
      assertEquals(
          List.of("booking.confirmed"),
          listed.getJsonArray("events").getValuesAs(jakarta.json.JsonString::getString));

      driver.findElement(By.id("webhookForm:endpoints:0:deliveries")).click();
      waitForText(driver, By.id("webhookForm:deliveryTable"), "Nothing sent");
      assertFalse(
          driver.getPageSource().contains(secret), "the secret is gone after the next action");
    } finally {
      Browser.quit(driver);
    }
  }

  private JsonObject register(String ods, String receiverPath, String events) {
    Api.Reply r =
        api.post(
            path(ods, ""),
            KEY,
            "{\"url\":\"" + receiver.url(receiverPath) + "\",\"events\":" + events + "}");
    assertEquals(201, r.status(), r::toString);
    assertTrue(r.header("Location").endsWith(r.json().getString("id")), r::toString);
    assertTrue(r.json().getString("secret").startsWith("whsec_"), r::toString);
    return r.json();
  }

  private static String path(String ods, String rest) {
    return "api/v1/practices/" + ods + "/webhook-endpoints" + (rest.isEmpty() ? "" : "/" + rest);
  }

  private static Api.Reply ok(Api.Reply r) {
    assertEquals(2, r.status() / 100, r::toString);
    return r;
  }

  private static void assertProblem(Api.Reply r, int status, String code, String field) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.isProblem(), r::toString);
    assertEquals(code, r.json().getString("code"), r::toString);
    if (field != null) {
      assertTrue(r.body().contains("\"field\":\"" + field + "\""), r::toString);
    }
  }
}
