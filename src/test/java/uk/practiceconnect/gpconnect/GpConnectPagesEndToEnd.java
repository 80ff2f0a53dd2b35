package uk.practiceconnect.gpconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.gpconnect.GpConnectPractice.HAROLD;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.waitForText;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.SentTexts;
import uk.practiceconnect.testing.Server;

/**
 * GP Connect in a real browser on a phone-sized screen: a practice switched to GP Connect on the
 * Feature settings page (a mistake shown at its field, the route refused until the settings are
 * saved, the connection tested), an invitation sent, and the invited patient booking from the link
 * in the text into the stand-in's test provider (A81099). The patient takes the latest time of the
 * last day offered, away from the earliest ones the API tests beside it book.
 */
public abstract class GpConnectPagesEndToEnd {

  static final String MOBILE = "07700900002";

  static WebDriver driver;
  Api api;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.phone();
  }

  @AfterAll
  static void closeBrowser() {
    Browser.quit(driver);
    driver = null;
  }

  @BeforeEach
  void open() {
    api = Api.at(Server.url());
    Browser.reset(driver, Browser.PHONE);
  }

  @Test
  void aPracticeSwitchesToGpConnectOnAPhoneAndAnInvitedPatientBooksThroughIt() {
    GpConnectPractice p = GpConnectPractice.fresh(api);
    p.ok(p.bookingSettings(false)); // booking on; GP Connect keeps the open page off anyway
    StandIn standIn = new StandIn(api);

    Pages.signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("practice/settings.xhtml?ods=" + p.ods).toString());
    driver.findElement(By.cssSelector("input[name='routeForm:route'][value='GP_CONNECT']")).click();
    Pages.waitForVisible(driver, By.id("gpcForm:endpoint"));
    waitForText(driver, By.id("routeForm:routeState"), "takes effect when you save the route");
    // the route cannot change before the provider's details are saved
    driver.findElement(By.id("routeForm:saveRoute")).click();
    waitForText(driver, By.id("routeForm:summary"), "Save the GP Connect settings first");
    waitForText(driver, By.id("routeForm:routeInUse"), "EMIS partner API");

    fill(driver, "gpcForm:endpoint", standIn.endpoint());
    fill(driver, "gpcForm:providerAsid", "9189-99");
    fill(driver, "gpcForm:providerOdsCode", StandIn.ODS);
    driver.findElement(By.id("gpcForm:saveGpConnect")).click();
    waitForText(driver, By.id("gpcForm:providerAsidError"), "ASID");
    Pages.assertErrorSummaryFocused(driver, "gpcForm", 1);
    assertEquals(
        standIn.endpoint(),
        driver.findElement(By.id("gpcForm:endpoint")).getDomProperty("value"),
        "what was typed is kept");
    Browser.screenshot(driver, "gpconnect-settings-error");
    Browser.assertNoSidewaysScroll(driver, "Feature settings with GP Connect at 390 px");
    Accessibility.assertNoViolations(driver, "Feature settings, GP Connect, one error");

    fill(driver, "gpcForm:providerAsid", StandIn.ASID);
    driver.findElement(By.id("gpcForm:saveGpConnect")).click();
    waitForText(driver, By.id("gpcForm:summary"), "GP Connect settings saved");
    driver.findElement(By.id("routeForm:saveRoute")).click();
    waitForText(driver, By.id("routeForm:summary"), "through GP Connect");
    waitForText(driver, By.id("routeForm:routeInUse"), "GP Connect");
    assertEquals(
        "GP_CONNECT",
        p.ok(api.get(p.path("integration-route"), GpConnectPractice.KEY))
            .json()
            .getString("route"));

    driver.findElement(By.id("gpcTestForm:testGpConnect")).click();
    waitForText(driver, By.id("testSummary"), "Connection test passed");
    assertEquals(6, driver.findElements(By.cssSelector("#checks > li")).size());
    // the provider's audit trail names the member of staff who ran the test, not our system
    assertTrue(
        standIn.requestedBy("READ_METADATA").contains("support.desk"),
        () -> "requested by " + standIn.requestedBy("READ_METADATA"));
    Browser.screenshot(driver, "gpconnect-settings-tested");
    Browser.assertNoSidewaysScroll(driver, "Feature settings after the GP Connect test");
    p.awaitRouteSeen();

    // Troubleshooting shows the GP Connect test's checks, not the EMIS steps that do not apply
    driver.get(api.uri("practice/troubleshooting.xhtml?ods=" + p.ods).toString());
    waitForText(driver, By.tagName("h1"), "Troubleshooting the GP Connect link");
    waitForText(driver, By.id("lastTest"), "passed");
    assertEquals(
        6, driver.findElements(By.cssSelector("#checks > li[data-outcome='PASSED']")).size());
    assertTrue(driver.findElements(By.cssSelector("li[data-step]")).isEmpty(), "no EMIS steps");
    Browser.assertNoSidewaysScroll(driver, "Troubleshooting a GP Connect practice at 390 px");
    Accessibility.assertNoViolations(driver, "Troubleshooting, GP Connect");

    // reminders need the whole appointment book, which GP Connect cannot list: the page says so
    driver.get(api.uri("practice/reminders.xhtml?ods=" + p.ods).toString());
    waitForText(driver, By.id("gpConnectNote"), "Reminders are off while you use GP Connect");
    assertTrue(
        driver
            .findElement(By.className("lede"))
            .getText()
            .startsWith("Through the EMIS partner API"));
    Browser.assertNoSidewaysScroll(driver, "Reminders for a GP Connect practice at 390 px");

    driver.get(api.uri("practice/invite.xhtml?ods=" + p.ods).toString());
    new Select(driver.findElement(By.id("inviteForm:slotType")))
        .selectByVisibleText("Routine GP appointment");
    fill(driver, "inviteForm:nhsNumber", HAROLD.nhs());
    fill(driver, "inviteForm:mobile", MOBILE);
    driver.findElement(By.id("inviteForm:send")).click();
    waitForText(driver, By.id("inviteForm:summary"), "1 invitation sent");
    Browser.assertNoSidewaysScroll(driver, "Invitations at 390 px");

    Browser.reset(driver, Browser.PHONE); // the patient's own phone: no staff session
    driver.get(api.uri("book/" + p.ods).toString());
    assertTrue(driver.findElement(By.id("closed")).getText().contains("invitation only"));
    driver.get(api.uri(SentTexts.link(api, p.ods, MOBILE, "/book/invite/")).toString());
    waitForText(driver, By.tagName("h1"), "Confirm who you are");
    LocalDate dob = LocalDate.parse(HAROLD.dob());
    fill(driver, "dobDay", "" + dob.getDayOfMonth());
    fill(driver, "dobMonth", "" + dob.getMonthValue());
    fill(driver, "dobYear", "" + dob.getYear());
    fill(driver, "surname", "finch");
    driver.findElement(By.id("continue")).click();
    waitForText(driver, By.tagName("h1"), "Choose a time");
    Browser.assertNoSidewaysScroll(driver, "Choose a time at 390 px");
    // times come one day at a time; late in the afternoon today may have one left or none, and the
    // horizon ends at this time of day on its last day, so that day may offer one time or two: the
    // patient goes to the day before it, a whole working day far away from the API tests
    List<WebElement> days = driver.findElements(By.cssSelector(".pb-days__list input"));
    assertTrue(days.size() > 5, "two weeks of the provider's working days are offered");
    String farDay = days.get(days.size() - 2).getAttribute("value");
    days.get(days.size() - 2).click();
    waitForText(
        driver, By.cssSelector(".pb-legend--day"), farDay.substring(0, farDay.indexOf(',')));
    List<WebElement> times = driver.findElements(By.cssSelector("label.pb-radio__label"));
    assertTrue(times.size() > 1, "the provider's free routine slots are offered");
    WebElement last = times.get(times.size() - 1);
    String slotId = driver.findElement(By.id(last.getAttribute("for"))).getAttribute("value");
    last.click();
    driver.findElement(By.id("chooseTime")).click();
    waitForText(driver, By.tagName("h1"), "Check and book");
    driver.findElement(By.id("book")).click();
    waitForText(driver, By.tagName("h1"), "Your appointment is booked");
    Browser.screenshot(driver, "gpconnect-patient-booked");
    // the record has no consent to texts: the confirmation goes where the invitation went
    waitForText(driver, By.id("texted"), "We have sent a text to 07*** ***002");
    SentTexts.newest(api, p.ods, MOBILE, "/book/cancel/", body -> body.contains("/book/cancel/"));
    // a patient's booking names Practice Connect's own identity, never the staff who invited them
    List<String> booked = standIn.requestedBy("CREATE_APPOINTMENT");
    assertTrue(
        booked.contains("online-booking") && !booked.contains("support.desk"), booked::toString);

    JsonObject held =
        standIn.appointments().stream()
            .filter(a -> a.getJsonArray("slotIds").getString(0).equals(slotId))
            .filter(a -> "BOOKED".equals(a.getString("status")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no booking of " + slotId + " at the provider"));
    assertEquals(HAROLD.id(), held.getString("patientId"));
    JsonObject ours =
        p.ok(api.get(p.path("bookings?status=CONFIRMED"), GpConnectPractice.KEY))
            .array()
            .getJsonObject(0);
    assertEquals(slotId, ours.getJsonObject("slot").getString("slotId"));
    assertEquals(
        String.valueOf(held.getJsonNumber("id").longValue()), ours.getString("emisAppointmentId"));
  }
}
