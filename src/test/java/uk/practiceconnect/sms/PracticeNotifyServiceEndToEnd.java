package uk.practiceconnect.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.reminders.ReminderFixture.await;
import static uk.practiceconnect.reminders.ReminderFixture.inMinutes;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.practiceconnect.reminders.ReminderFixture;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;

/**
 * A practice's own GOV.UK Notify service end to end: saved over REST, its reminder goes to the
 * Notify sandbox signed with that service's key (the sandbox records the service from the token's
 * issuer) and with its template and sender, its delivery status and its patients' STOP replies are
 * read from that service, while another practice's texts still go through the platform's service.
 */
public abstract class PracticeNotifyServiceEndToEnd {

  static final String NOTIFY_ADMIN = "sandbox/notify/admin/v1/";
  static final String PLATFORM_SERVICE = "53ff6253-f57d-46af-89ee-17c82a90f77e";

  /** The sandbox's second service (sandbox.notify.api-keys) and its template. */
  static final String OWN_SERVICE = "72b387cf-b452-4d7f-8f6d-1e644919d873";

  static final String OWN_SECRET = "d89e6195-db80-4aad-8377-dac3c5bf67c3";
  static final String OWN_KEY = "own_practice_service-" + OWN_SERVICE + "-" + OWN_SECRET;
  static final String OWN_TEMPLATE = "3d240630-b145-4e1e-979b-cad7bd8687cc";
  static final String OWN_SENDER = "6a0b5f7e-2c4d-4e8f-9a1b-3c5d7e9f1a2b";

  Api api;
  static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.desktop();
  }

  @AfterAll
  static void closeBrowser() {
    Browser.quit(browser);
    browser = null;
  }

  @BeforeEach
  void connect() {
    api = Api.at(Server.url());
    Browser.reset(browser, Browser.DESKTOP);
  }

  static String path(String ods) {
    return "api/v1/practices/" + ods + "/notify-service";
  }

  static String change(String key, String template, String sender) {
    return "{\"apiKey\":"
        + (key == null ? "null" : "\"" + key + "\"")
        + ",\"templateId\":\""
        + template
        + "\",\"smsSenderId\":"
        + (sender == null ? "null" : "\"" + sender + "\"")
        + "}";
  }

  @Test
  void aPracticeWithItsOwnServiceTextsThroughItAndAnotherStillThroughThePlatforms() {
    ReminderFixture own = ReminderFixture.fresh(api);
    ReminderFixture other = ReminderFixture.fresh(api);
    Api.Reply saved =
        api.put(path(own.ods), ReminderFixture.KEY, change(OWN_KEY, OWN_TEMPLATE, OWN_SENDER));
    assertEquals(200, saved.status(), saved::toString);
    assertFalse(saved.body().contains(OWN_SECRET), "the answer never holds the key");

    String ownMobile = ReminderFixture.randomMobile();
    String otherMobile = ReminderFixture.randomMobile();
    String ownNhs = ReminderFixture.randomNhs();
    String otherNhs = ReminderFixture.randomNhs();
    own.patient(ownNhs, ownMobile, true, LocalDate.of(1980, 1, 2));
    other.patient(otherNhs, otherMobile, true, LocalDate.of(1981, 2, 3));
    own.book(ownNhs, inMinutes(240));
    String later = own.book(ownNhs, inMinutes(4 * 24 * 60));
    other.book(otherNhs, inMinutes(240));
    own.run();
    other.run();

    await("both texts", Duration.ofSeconds(60), () -> own.texts(ownMobile).size() == 1);
    await("both texts", Duration.ofSeconds(60), () -> other.texts(otherMobile).size() == 1);
    JsonObject ownText = own.texts(ownMobile).get(0);
    assertEquals(OWN_SERVICE, ownText.getString("serviceId"), ownText::toString);
    assertEquals(OWN_TEMPLATE, ownText.getString("templateId"), ownText::toString);
    assertEquals(OWN_SENDER, ownText.getString("smsSenderId"), ownText::toString);
    assertTrue(ownText.getString("body").contains("Test Practice " + own.ods), ownText::toString);
    JsonObject otherText = other.texts(otherMobile).get(0);
    assertEquals(PLATFORM_SERVICE, otherText.getString("serviceId"), otherText::toString);
    assertFalse(otherText.containsKey("smsSenderId"), otherText::toString);

    // the status is read from the service that accepted the text (the sandbox shows a service
    // only its own texts)
    await("delivered in the log", Duration.ofSeconds(60), () -> own.log("delivered").size() == 1);

    // a STOP sent to the practice's own service's number is read from that service's inbox
    Api.Reply stop =
        api.post(
            NOTIFY_ADMIN + "received-text-messages",
            null,
            "{\"phoneNumber\":\""
                + ownMobile
                + "\",\"content\":\"STOP\",\"serviceId\":\""
                + OWN_SERVICE
                + "\"}");
    assertEquals(201, stop.status(), stop::toString);
    await(
        "the opt-out confirmation, through the practice's service",
        Duration.ofSeconds(30),
        () -> own.texts(ownMobile).size() == 2);
    assertEquals(OWN_SERVICE, own.texts(ownMobile).get(1).getString("serviceId"));
    assertTrue(
        own.log("not-planned").stream().anyMatch(e -> e.getString("appointmentId").equals(later)),
        () -> own.log(null).toString());
  }

  @Test
  void theKeyIsWriteOnlyCheckedAndAuditedWithoutItAndThePracticeCanGoBack() {
    ReminderFixture f = ReminderFixture.fresh(api, false);
    Api.Reply none = api.get(path(f.ods), ReminderFixture.KEY);
    assertEquals(200, none.status(), none::toString);
    assertFalse(none.json().getBoolean("ownService"));
    assertEquals("\"-1\"", none.header("ETag"));

    Api.Reply bad =
        api.put(
            path(f.ods),
            ReminderFixture.KEY,
            change("not-a-key-" + OWN_SECRET, "((body))", "GPSURGERY"));
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.contentType().startsWith("application/problem+json"), bad::toString);
    assertEquals("VALIDATION_FAILED", bad.json().getString("code"), bad::toString);
    assertEquals(3, bad.json().getJsonArray("errors").size(), bad::toString);
    assertTrue(bad.body().contains("\"field\":\"apiKey\""), bad::toString);
    assertTrue(bad.body().contains("\"field\":\"templateId\""), bad::toString);
    assertTrue(bad.body().contains("\"field\":\"smsSenderId\""), bad::toString);
    assertFalse(bad.body().contains(OWN_SECRET), "a problem never echoes the key");

    Api.Reply saved =
        api.put(path(f.ods), ReminderFixture.KEY, change(OWN_KEY, OWN_TEMPLATE, null));
    assertEquals(200, saved.status(), saved::toString);
    JsonObject got = api.get(path(f.ods), ReminderFixture.KEY).json();
    assertTrue(got.getBoolean("ownService"), got::toString);
    assertTrue(got.getBoolean("keySaved"), got::toString);
    assertEquals(OWN_SERVICE, got.getString("serviceId"));
    assertEquals(OWN_TEMPLATE, got.getString("templateId"));
    assertTrue(got.isNull("smsSenderId"), got::toString);
    assertFalse(got.containsKey("apiKey"), got::toString);
    assertFalse(got.toString().contains(OWN_SECRET), got::toString);

    // the key may be left out to keep it; an old ETag loses to the newer save
    String etag = saved.header("ETag");
    Api.Reply kept =
        api.send(
            "PUT",
            path(f.ods),
            ReminderFixture.KEY,
            change(null, OWN_TEMPLATE, OWN_SENDER),
            Map.of("If-Match", etag));
    assertEquals(200, kept.status(), kept::toString);
    assertEquals(OWN_SENDER, kept.json().getString("smsSenderId"));
    Api.Reply stale =
        api.send("DELETE", path(f.ods), ReminderFixture.KEY, null, Map.of("If-Match", etag));
    assertEquals(409, stale.status(), stale::toString);
    assertEquals("CHANGED_BY_SOMEONE_ELSE", stale.json().getString("code"));

    Api.Reply back = api.delete(path(f.ods), ReminderFixture.KEY);
    assertEquals(200, back.status(), back::toString);
    assertFalse(back.json().getBoolean("ownService"), back::toString);
    Api.Reply noKey = api.put(path(f.ods), ReminderFixture.KEY, change(null, OWN_TEMPLATE, null));
    assertEquals(400, noKey.status(), "a first save needs the key: " + noKey);

    String audit = api.get("api/v1/practices/" + f.ods + "/audit", ReminderFixture.KEY).body();
    assertTrue(audit.contains("NOTIFY_SERVICE_SET"), audit);
    assertTrue(audit.contains("NOTIFY_SERVICE_CHANGED"), audit);
    assertTrue(audit.contains("NOTIFY_SERVICE_REMOVED"), audit);
    assertFalse(audit.contains(OWN_SECRET), "the audit trail never holds the key");
  }

  @Test
  void theFeatureSettingsPageSavesTheServiceShowsFieldErrorsAndGoesBackToThePlatforms() {
    ReminderFixture f = ReminderFixture.fresh(api, false);
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/settings.xhtml?ods=" + f.ods).toString());
    Pages.waitForText(
        browser, By.id("notifyForm"), "Your texts go through the platform's service.");

    Pages.fill(browser, "notifyForm:apiKey", "my-notify-key");
    Pages.fill(browser, "notifyForm:templateId", "((body))");
    browser.findElement(By.id("notifyForm:saveNotifyService")).click();
    Pages.waitForText(browser, By.id("notifyForm:summary"), "There is a problem");
    Pages.waitForText(
        browser, By.id("notifyForm:apiKeyError"), "not a whole GOV.UK Notify API key");
    Pages.waitForText(
        browser, By.id("notifyForm:templateIdError"), "The template ID must look like");
    Pages.assertErrorSummaryFocused(browser, "notifyForm", 2);
    Browser.screenshot(browser, "notify-service-error");
    Accessibility.assertNoViolations(browser, "Feature settings with a Notify service error");

    Pages.fill(browser, "notifyForm:apiKey", OWN_KEY);
    Pages.fill(browser, "notifyForm:templateId", OWN_TEMPLATE);
    browser.findElement(By.id("notifyForm:saveNotifyService")).click();
    Pages.waitForText(
        browser, By.id("notifyForm:summary"), "now go through your own GOV.UK Notify service");
    Pages.waitForText(
        browser, By.id("notifyForm:apiKeyState"), "A key for Notify service " + OWN_SERVICE);
    assertFalse(browser.getPageSource().contains(OWN_SECRET), "the page never holds the key");
    assertEquals("", browser.findElement(By.id("notifyForm:apiKey")).getDomProperty("value"));
    assertTrue(api.get(path(f.ods), ReminderFixture.KEY).json().getBoolean("ownService"));
    Browser.screenshot(browser, "notify-service-saved");
    Accessibility.assertNoViolations(browser, "Feature settings with an own Notify service");

    browser.findElement(By.id("notifyForm:usePlatformService")).click();
    Pages.waitForText(
        browser, By.id("notifyForm:summary"), "go through the platform's service again");
    assertFalse(api.get(path(f.ods), ReminderFixture.KEY).json().getBoolean("ownService"));
  }
}
