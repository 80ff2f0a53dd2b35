package uk.practiceconnect.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.reminders.ReminderFixture.await;
import static uk.practiceconnect.reminders.ReminderFixture.inMinutes;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;

/**
 * What people do with reminders, in headless Chromium: a practice manager writes the text and sees
 * the preview and the log; a patient cancels from the link in their text (date of birth first),
 * locks the link with five wrong dates of birth, or stops reminders. Screenshots go to
 * target/screenshots.
 */
public abstract class ReminderPagesEndToEnd {

  static final Pattern CANCEL = Pattern.compile("/r/([A-Za-z0-9_-]{22})");
  static final Pattern STOP = Pattern.compile("/r/stop/([A-Za-z0-9_-]{22})");

  URL url;
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
    url = Server.url();
    api = Api.at(url);
    Browser.reset(browser, Browser.DESKTOP);
  }

  @Test
  void aPracticeManagerWritesTheTextSeesThePreviewAndReadsTheLog() {
    ReminderFixture f = ReminderFixture.fresh(api);
    List<String[]> people = f.patients(3);
    people.forEach(p -> f.book(p[0], inMinutes(240)));
    f.patient(ReminderFixture.randomNhs(), null, true, LocalDate.of(1980, 5, 6));
    // a cut-off the page's usual choices do not have, set through the REST API
    f.settings("[\"P1D\"]", ReminderFixture.SmsTemplateText.STANDARD, "PT90M");
    f.run();
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/reminders.xhtml?ods=" + f.ods).toString());
    Pages.waitForText(browser, By.id("rules:preview"), "What the patient gets");
    assertEquals(
        "1 hour 30 minutes before",
        new Select(browser.findElement(By.id("rules:cancellationCutoff")))
            .getFirstSelectedOption()
            .getText());

    // the slot types, read from EMIS again
    browser.findElement(By.id("rules:updateTypes")).click();
    Pages.waitForText(browser, By.id("rules:summary"), "slot types read from EMIS");
    Pages.waitForText(browser, By.id("rules:slotTypes"), "Routine GP");

    // a second reminder time: 3 hours before
    browser.findElement(By.id("rules:addOffset")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector("input.offset-amount")).size() == 2);
    WebElement amount = browser.findElements(By.cssSelector("input.offset-amount")).get(1);
    amount.clear();
    amount.sendKeys("3");
    new Select(browser.findElements(By.cssSelector("select.offset-unit")).get(1))
        .selectByVisibleText("hours before");

    Pages.fill(browser, "rules:template", "Hello from ((practice name)) on ((date)) at ((time)).");
    Pages.waitForText(browser, By.id("rules:preview"), "1 text (");
    assertTrue(
        browser.findElement(By.id("previewText")).getText().startsWith("Hello from Test Practice"));
    browser.findElement(By.id("rules:template")).sendKeys(" See you soon 😀");
    Pages.waitForText(browser, By.id("rules:preview"), "special characters");
    Browser.screenshot(browser, "reminders-preview");
    Accessibility.assertNoViolations(browser, "Reminders with the preview");

    Pages.fill(browser, "rules:template", "Oops ((apointment))");
    Pages.waitForText(browser, By.id("rules:preview"), "is not a placeholder");
    browser.findElement(By.id("rules:save")).click();
    Pages.waitForText(browser, By.id("rules:summary"), "There is a problem");
    Pages.waitForText(browser, By.id("rules:templateError"), "is not a placeholder");
    Browser.screenshot(browser, "reminders-error");
    Accessibility.assertNoViolations(browser, "Reminders with a field error");

    browser.findElement(By.id("rules:standardText")).click();
    Pages.waitForText(browser, By.id("rules:preview"), "2 texts (");
    browser.findElement(By.id("rules:save")).click();
    Pages.waitForText(browser, By.id("rules:summary"), "Reminder settings saved");
    Browser.screenshot(browser, "reminders-saved");
    JsonObject saved = f.settingsNow();
    assertEquals(
        List.of("P1D", "PT3H"),
        saved.getJsonArray("offsets").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("PT1H30M", saved.getString("cancellationCutoff"), "the page kept the cut-off");
    browser.navigate().refresh();
    Pages.waitForText(browser, By.id("rules:preview"), "What the patient gets");
    assertEquals(2, browser.findElements(By.cssSelector("input.offset-amount")).size());

    // the three appointments, a reminder a day before (sent at once) and, once the run that saving
    // the settings starts a moment later is over, one 3 hours before each
    browser.get(api.uri("practice/reminder-log.xhtml?ods=" + f.ods).toString());
    await(
        "6 reminders, the ones a day before delivered",
        Duration.ofSeconds(60),
        () -> {
          browser.navigate().refresh();
          try {
            String log = browser.findElement(By.id("log:reminders")).getText();
            return log.contains("of 6 reminders") && log.contains("Delivered");
          } catch (org.openqa.selenium.WebDriverException e) {
            return false; // the page is still being replaced: look again
          }
        });
    Browser.screenshot(browser, "reminder-log");
    Accessibility.assertNoViolations(browser, "Reminder log");
    assertTrue(browser.findElement(By.id("figures")).getText().contains("Sent"));

    // on a 375 px phone the log fits the screen: its rows stack, nothing scrolls sideways
    Browser.resize(browser, new org.openqa.selenium.Dimension(375, 812));
    try {
      browser.navigate().refresh();
      Pages.waitForText(browser, By.id("log:reminders"), "of 6 reminders");
      Browser.screenshot(browser, "reminder-log-375");
      Browser.assertNoSidewaysScroll(browser, "Reminder log at 375 px");
    } finally {
      Browser.resize(browser, Browser.DESKTOP);
    }
  }

  @Test
  void theReminderFormsKeepWhatWasTypedAfterAnError() {
    ReminderFixture f = ReminderFixture.fresh(api);
    var savedText = f.settingsNow().get("template");
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/reminders.xhtml?ods=" + f.ods).toString());
    Pages.waitForText(browser, By.id("rules:preview"), "What the patient gets");

    // three mistakes at once: a reminder 9 days before, a window that ends before it starts, and
    // a long custom text with one misspelt placeholder
    WebElement amount = browser.findElement(By.cssSelector("input.offset-amount"));
    amount.clear();
    amount.sendKeys("9");
    new Select(browser.findElement(By.cssSelector("select.offset-unit")))
        .selectByVisibleText("days before");
    setValue("rules:windowStart", "21:00");
    setValue("rules:windowEnd", "08:00");
    String custom =
        "Hello from ((practice name)). Your appointment is on ((date)) at ((time)). Please bring"
            + " your medication. Oops ((apointment))";
    Pages.fill(browser, "rules:template", custom);
    browser.findElement(By.id("rules:save")).click();
    Pages.waitForText(browser, By.id("rules:templateError"), "is not a placeholder");
    Pages.assertErrorSummaryFocused(browser, "rules", 3);
    assertEquals(custom, valueOf("rules:template"), "the whole custom text is still there");
    assertEquals(
        "9", browser.findElement(By.cssSelector("input.offset-amount")).getDomProperty("value"));
    assertEquals(
        "days before",
        new Select(browser.findElement(By.cssSelector("select.offset-unit")))
            .getFirstSelectedOption()
            .getText());
    assertEquals("21:00", valueOf("rules:windowStart"));
    assertEquals("08:00", valueOf("rules:windowEnd"));
    Browser.screenshot(browser, "reminders-three-errors");
    Accessibility.assertNoViolations(browser, "Reminders with three errors");
    assertEquals(savedText, f.settingsNow().get("template"), "nothing was saved");

    // the log's dates the wrong way round: named as the page labels them, both kept
    browser.get(api.uri("practice/reminder-log.xhtml?ods=" + f.ods).toString());
    setValue("log:from", "2026-12-10");
    setValue("log:to", "2026-12-01");
    browser.findElement(By.id("log:show")).click();
    Pages.waitForText(
        browser, By.id("log:toError"), "The To date must be the same as the From date");
    Pages.assertErrorSummaryFocused(browser, "log", 1);
    assertEquals("2026-12-10", valueOf("log:from"));
    assertEquals("2026-12-01", valueOf("log:to"));
    Accessibility.assertNoViolations(browser, "Reminder log with a date error");
  }

  /**
   * Sets a date or time input as the browser's own picker would (typing into them is locale-bound).
   */
  private static void setValue(String id, String value) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            value);
  }

  private static String valueOf(String id) {
    return browser.findElement(By.id(id)).getDomProperty("value");
  }

  @Test
  void aPatientCancelsFromTheLinkAfterTheirDateOfBirth() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1970, 1, 2));
    String appointment = f.book(nhs, inMinutes(240));
    f.run();
    String token = tokenFromText(f, mobile, CANCEL);
    // the practice moves it after the text went: the link shows (and works until) the new time
    Instant moved = inMinutes(26 * 60 + 30);
    f.moveInEmis(appointment, moved);
    f.run();
    // the practice's phone number, which the patient's pages give wherever they say "phone"
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/settings.xhtml?ods=" + f.ods).toString());
    Pages.fill(browser, "contactForm:phone", "01632 960 777");
    browser.findElement(By.id("contactForm:saveContact")).click();
    Pages.waitForText(browser, By.id("contactForm:summary"), "Patients see 01632 960 777");
    browser.manage().deleteAllCookies();

    Browser.resize(browser, Browser.PHONE);
    browser.get(api.uri("r/" + token).toString());
    Pages.waitForText(browser, By.tagName("h1"), "Cancel your appointment");
    Pages.waitForText(browser, By.id("practiceContact"), "01632 960 777");
    Browser.screenshot(browser, "cancel-1-date-of-birth");
    Accessibility.assertNoViolations(browser, "Cancel: date of birth");
    dateOfBirth("3", "1", "1970");
    Pages.waitForText(browser, By.id("cancel:errors"), "4 more tries");
    Browser.screenshot(browser, "cancel-2-wrong");
    Accessibility.assertNoViolations(browser, "Cancel: wrong date of birth");
    dateOfBirth("2", "1", "1970");
    Pages.waitForText(browser, By.tagName("h1"), "Do you want to cancel this appointment?");
    String shown = browser.findElement(By.id("appointment")).getText();
    assertTrue(shown.contains("Dr Test"), shown);
    assertTrue(
        shown.contains(
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
                .withZone(ZoneId.of("Europe/London"))
                .format(moved)),
        "the appointment's new date: " + shown);
    Browser.screenshot(browser, "cancel-3-appointment");
    Accessibility.assertNoViolations(browser, "Cancel: the appointment");
    browser.findElement(By.id("cancel:confirm")).click();
    Pages.waitForText(browser, By.tagName("h1"), "Appointment cancelled");
    Browser.screenshot(browser, "cancel-4-done");
    Accessibility.assertNoViolations(browser, "Cancel: done");

    assertEquals("CANCELLED", f.emisStatus(appointment));
    await(
        "the confirmation text",
        Duration.ofSeconds(60),
        () ->
            f.texts(mobile).stream()
                .anyMatch(t -> t.getString("body").contains("has been cancelled")));
    // both reminders of it: the one whose text went, and the one for its new time
    assertEquals(2, f.log("cancelled-by-patient").size());
    assertTrue(
        api.get("api/v1/practices/" + f.ods + "/audit", Demo.PLATFORM_KEY)
            .body()
            .contains("APPOINTMENT_CANCELLED_BY_PATIENT"));

    browser.get(api.uri("r/" + token).toString());
    Pages.waitForText(browser, By.tagName("h1"), "already been cancelled");
  }

  @Test
  void fiveWrongDatesOfBirthLockTheLink() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1980, 7, 8));
    String appointment = f.book(nhs, inMinutes(240));
    f.run();
    String token = tokenFromText(f, mobile, CANCEL);

    Browser.resize(browser, Browser.PHONE);
    browser.get(api.uri("r/" + token).toString());
    for (int i = 1; i <= 4; i++) {
      dateOfBirth(String.valueOf(i), "1", "1999");
      Pages.waitForText(browser, By.id("cancel:errors"), (5 - i) + " more tr");
    }
    dateOfBirth("5", "1", "1999");
    Pages.waitForText(browser, By.tagName("h1"), "This link has been locked");
    Browser.screenshot(browser, "cancel-locked");
    Accessibility.assertNoViolations(browser, "Cancel: locked");
    browser.get(api.uri("r/" + token).toString());
    Pages.waitForText(browser, By.tagName("h1"), "This link has been locked");
    assertEquals("BOOKED", f.emisStatus(appointment));
  }

  @Test
  void theOptOutLinkStopsEveryLaterReminder() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1990, 9, 10));
    // a child whose record has the parent's mobile: the phone's owner stopped reminders
    String child = ReminderFixture.randomNhs();
    f.patient(child, mobile, true, LocalDate.of(2015, 3, 4));
    f.book(nhs, inMinutes(240));
    String later = f.book(nhs, inMinutes(4 * 24 * 60));
    f.run();
    String token = tokenFromText(f, mobile, STOP);

    Browser.resize(browser, Browser.PHONE);
    browser.get(api.uri("r/stop/" + token).toString());
    Pages.waitForText(browser, By.tagName("h1"), "Stop appointment reminders?");
    Browser.screenshot(browser, "stop-1-ask");
    Accessibility.assertNoViolations(browser, "Stop reminders");
    browser.findElement(By.id("stop:confirm")).click();
    Pages.waitForText(browser, By.tagName("h1"), "Reminders stopped");
    Browser.screenshot(browser, "stop-2-done");

    // the later appointment's reminder, planned before, is not sent; a new booking is not planned
    var notPlanned = f.log("not-planned");
    assertTrue(
        notPlanned.stream()
            .anyMatch(
                e ->
                    e.getString("appointmentId").equals(later)
                        && e.getString("detail").contains("no more reminders")),
        notPlanned::toString);
    f.book(nhs, inMinutes(5 * 24 * 60));
    String childs = f.book(child, inMinutes(5 * 24 * 60 + 30));
    f.run();
    assertEquals(3, f.log("not-planned").size());
    assertTrue(
        f.log("not-planned").stream()
            .anyMatch(
                e ->
                    e.getString("appointmentId").equals(childs)
                        && e.getString("detail").contains("no more reminders")),
        "kept by the mobile's hash too");
    assertEquals(1, f.texts(mobile).size());

    // the patient asks the practice for reminders again: staff look them up by mobile
    Browser.reset(browser, Browser.DESKTOP); // staff, on their own computer
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/reminders.xhtml?ods=" + f.ods).toString());
    Pages.fill(browser, "startAgain:patient", "12345");
    browser.findElement(By.id("startAgain:submit")).click();
    Pages.waitForText(browser, By.id("startAgain:patientError"), "UK mobile number");
    Pages.fill(browser, "startAgain:patient", mobile);
    browser.findElement(By.id("startAgain:submit")).click();
    Pages.waitForText(browser, By.id("startAgain:summary"), "Reminders started again");
    Browser.screenshot(browser, "stop-3-started-again-by-staff");
    f.run();
    List<String> planned =
        f.log("planned").stream().map(e -> e.getString("appointmentId")).toList();
    assertTrue(planned.containsAll(List.of(later, childs)), planned::toString);
  }

  /**
   * Every page a patient can reach (reminder cancel and stop, the booking pages, their error
   * states) links to the privacy notice and the accessibility statement; the notice names the
   * practice and its phone; neither starts a session.
   */
  @Test
  void everyPatientPageLinksToThePrivacyNoticeAndAccessibilityStatementWhichSetNoCookie() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String mobile = ReminderFixture.randomMobile();
    String nhs = ReminderFixture.randomNhs();
    f.patient(nhs, mobile, true, LocalDate.of(1985, 4, 5));
    f.book(nhs, inMinutes(240));
    f.run();
    String cancel = tokenFromText(f, mobile, CANCEL);
    String stop = tokenFromText(f, mobile, STOP);
    Pages.signIn(browser, api, "support.desk", Demo.PASSWORD);
    browser.get(api.uri("practice/settings.xhtml?ods=" + f.ods).toString());
    Pages.fill(browser, "contactForm:phone", "01632 960 555");
    browser.findElement(By.id("contactForm:saveContact")).click();
    Pages.waitForText(browser, By.id("contactForm:summary"), "Patients see 01632 960 555");
    browser.manage().deleteAllCookies();
    Browser.resize(browser, Browser.PHONE);

    String practice = "?practice=" + f.ods;
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("r/" + cancel, practice);
    pages.put("r/stop/" + stop, practice);
    pages.put("book/" + f.ods, practice); // online booking is off: the "not available" page
    pages.put("book/cancel/" + "x".repeat(30), ""); // a link that does not work
    pages.put("book/ZZ", ""); // no such practice: the booking page's 404
    pages.put("r/" + "y".repeat(22), ""); // a reminder link that does not work
    pages.put("r/stop/" + "y".repeat(22), "");
    pages.forEach(
        (path, query) -> {
          browser.get(api.uri(path).toString());
          assertTrue(
              browser
                  .findElement(By.id("privacyLink"))
                  .getAttribute("href")
                  .endsWith("/privacy" + query),
              path + ": " + browser.findElement(By.id("privacyLink")).getAttribute("href"));
          assertTrue(
              browser
                  .findElement(By.id("accessibilityLink"))
                  .getAttribute("href")
                  .endsWith("/accessibility" + query),
              path);
        });

    browser.manage().deleteAllCookies();
    browser.get(api.uri("r/" + cancel).toString());
    browser.manage().deleteAllCookies(); // the cancel page's own session, not the notice's
    browser.findElement(By.id("privacyLink")).click();
    Pages.waitForText(browser, By.tagName("h1"), "Privacy notice");
    Pages.waitForText(browser, By.id("privacyIntro"), "Test Practice " + f.ods);
    Pages.waitForText(browser, By.id("privacyPhone"), "01632 960 555");
    Pages.waitForText(browser, By.id("retentionTable"), "90 days after the appointment");
    assertEquals(Set.of(), browser.manage().getCookies(), "the notice sets no cookie");
    Browser.screenshot(browser, "privacy-notice-375");
    Accessibility.assertNoViolations(browser, "Privacy notice");
    browser.findElement(By.id("accessibilityLink")).click();
    Pages.waitForText(browser, By.tagName("h1"), "Accessibility statement");
    Pages.waitForText(browser, By.id("main"), "01632 960 555");
    assertEquals(Set.of(), browser.manage().getCookies(), "the statement sets no cookie");
    Browser.screenshot(browser, "accessibility-statement-375");
    Accessibility.assertNoViolations(browser, "Accessibility statement");

    for (String path : List.of("privacy" + practice, "privacy", "accessibility" + practice)) {
      Api.Reply r = api.get(path, null);
      assertEquals(200, r.status(), path);
      assertEquals(List.of(), r.raw().headers().allValues("Set-Cookie"), path + " sets a cookie");
    }
    Api.Reply generic = api.get("privacy?practice=" + "Q" + f.ods.substring(1), null);
    assertTrue(generic.body().contains("your GP practice"), "an unknown code: the generic text");
  }

  private void dateOfBirth(String day, String month, String year) {
    Pages.fill(browser, "cancel:day", day);
    Pages.fill(browser, "cancel:month", month);
    Pages.fill(browser, "cancel:year", year);
    browser.findElement(By.id("cancel:continue")).click();
  }

  private static String tokenFromText(ReminderFixture f, String mobile, Pattern link) {
    await("the reminder text", Duration.ofSeconds(60), () -> !f.texts(mobile).isEmpty());
    Matcher m = link.matcher(f.texts(mobile).get(0).getString("body"));
    assertTrue(m.find(), "no link in the text");
    return m.group(1);
  }
}
