package uk.practiceconnect.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.booking.BookingFixture.GP;
import static uk.practiceconnect.booking.BookingFixture.KEY;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.waitForText;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.SentTexts;
import uk.practiceconnect.testing.Server;

/**
 * The patient pages on a phone-sized window (the whole journey, the error summary, keyboard only,
 * the cancel link from the text) and the practice's booking pages, with screenshots of each step.
 */
public abstract class BookingPagesEndToEnd {

  URL url;
  Api api;
  static WebDriver driver;

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
    url = Server.url();
    api = Api.at(url);
    Browser.reset(driver, Browser.PHONE);
  }

  /** The footer's privacy notice and accessibility statement, both naming the practice. */
  private static void linksToTheStatements(String ods) {
    for (String id : List.of("privacyLink", "accessibilityLink")) {
      String href = driver.findElement(By.id(id)).getAttribute("href");
      assertTrue(href.endsWith("?practice=" + ods), id + ": " + href);
    }
  }

  private void identify(BookingFixture.Patient p) {
    fill(driver, "dobDay", "" + p.dob().getDayOfMonth());
    fill(driver, "dobMonth", "" + p.dob().getMonthValue());
    fill(driver, "dobYear", "" + p.dob().getYear());
    fill(driver, "surname", p.surname().toUpperCase());
    driver.findElement(By.id("continue")).click();
  }

  @Test
  void aPatientBooksOnAPhoneAndCancelsFromTheLinkInTheText() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    f.slot(24 * 60, GP, "Dr Amina Khan");
    f.slot(24 * 60 + 10, GP, "Dr Tom Price");
    f.slot(48 * 60, GP, "Dr Tom Price");

    driver.get(api.uri("book/" + f.ods).toString());
    assertTrue(driver.getTitle().startsWith("Confirm who you are"), driver.getTitle());
    Browser.screenshot(driver, "booking-1-identify");
    linksToTheStatements(f.ods);

    fill(driver, "nhsNumber", p.nhs().substring(0, 9) + ((p.nhs().charAt(9) - '0' + 1) % 10));
    identify(p);
    WebElement summary = waitForVisible("error-summary");
    assertTrue(summary.getText().contains("There is a problem"));
    assertTrue(driver.getTitle().startsWith("Error:"), driver.getTitle());
    assertEquals(
        "error-summary",
        driver.switchTo().activeElement().getAttribute("id"),
        "the summary takes focus");
    WebElement link = summary.findElement(By.tagName("a"));
    assertTrue(link.getText().contains("not a valid NHS number"), link.getText());
    assertTrue(link.getAttribute("href").endsWith("#nhsNumber"));
    assertEquals("true", driver.findElement(By.id("nhsNumber")).getAttribute("aria-invalid"));
    assertTrue(
        driver
            .findElement(By.id("nhsNumber"))
            .getAttribute("aria-describedby")
            .contains("nhsNumber-error"));
    assertTrue(
        driver.getCurrentUrl().endsWith("/book/" + f.ods),
        "the address stays " + driver.getCurrentUrl());
    Browser.screenshot(driver, "booking-2-error-summary");
    link.click();
    assertEquals("nhsNumber", driver.switchTo().activeElement().getAttribute("id"));

    fill(
        driver,
        "nhsNumber",
        p.nhs().substring(0, 3) + " " + p.nhs().substring(3, 6) + " " + p.nhs().substring(6));
    identify(p);
    heading("Choose a time");
    assertTrue(driver.findElement(By.cssSelector(".pb-legend--day")).getText().length() > 5);
    assertTrue(
        driver.findElement(By.id("backToIdentify")).getLocation().getY()
            < driver.findElement(By.tagName("h1")).getLocation().getY(),
        "Back is at the top, above the heading");
    Browser.screenshot(driver, "booking-3-choose");
    linksToTheStatements(f.ods);
    Accessibility.assertNoViolations(driver, "Choose a time, with the filter and the list of days");
    // filter by clinician: only Dr Amina Khan's one time, on the first day; then all times again
    new Select(driver.findElement(By.id("timeClinician"))).selectByVisibleText("Dr Amina Khan");
    driver.findElement(By.id("filterTimes")).click();
    waitForText(
        driver,
        By.id("filter-status"),
        "Showing times for all types of appointment with Dr Amina Khan.");
    assertEquals(1, driver.findElements(By.name("slot")).size());
    assertTrue(
        driver
            .findElement(By.cssSelector("label.pb-radio__label"))
            .getText()
            .contains("Dr Amina Khan"));
    assertTrue(
        driver.findElements(By.cssSelector(".pb-days__list input")).isEmpty(), "one day left");
    assertEquals(
        "Dr Amina Khan",
        new Select(driver.findElement(By.id("timeClinician"))).getFirstSelectedOption().getText(),
        "the filter shows what it is set to");
    Browser.screenshot(driver, "booking-3-choose-filtered");
    Accessibility.assertNoViolations(driver, "Choose a time, filtered by clinician");
    driver.findElement(By.id("clearFilter")).click();
    Pages.waitForText(driver, By.id("day-position"), "Day 1 of 2");
    assertEquals(2, driver.findElements(By.name("slot")).size());
    // the list of days with free times: straight to the second day, and back
    List<WebElement> days = driver.findElements(By.cssSelector(".pb-days__list input"));
    assertEquals(2, days.size(), "two days have free times");
    assertEquals("date", days.get(0).getAttribute("aria-current"));
    String secondDay = days.get(1).getAttribute("value");
    assertTrue(secondDay.endsWith(", 1 time"), secondDay);
    days.get(1).click();
    Pages.waitForText(
        driver, By.cssSelector(".pb-legend--day"), secondDay.substring(0, secondDay.indexOf(',')));
    assertEquals(1, driver.findElements(By.name("slot")).size());
    driver.findElements(By.cssSelector(".pb-days__list input")).get(0).click();
    Pages.waitForText(driver, By.id("day-position"), "Day 1 of 2");
    driver.findElement(By.id("chooseTime")).click();
    assertTrue(waitForVisible("error-summary").getText().contains("Choose a time"));
    driver.findElements(By.cssSelector("label.pb-radio__label")).get(1).click();
    driver.findElement(By.id("chooseTime")).click();
    heading("Check and book");
    assertTrue(driver.findElement(By.id("chosenTime")).getText().matches("\\d\\d:\\d\\d"));
    Browser.screenshot(driver, "booking-4-confirm");
    linksToTheStatements(f.ods);
    fill(driver, "reason", "Sore knee");
    driver.findElement(By.id("book")).click();
    heading("Your appointment is booked");
    assertTrue(driver.findElement(By.id("texted")).getText().contains("07*** ***000"));
    Browser.screenshot(driver, "booking-5-booked");
    linksToTheStatements(f.ods);
    assertEquals(1, f.emisBooked());

    String cancelPath = linkFromText(f, "/book/cancel/");
    driver.get(api.uri(cancelPath).toString());
    heading("Cancel your appointment");
    Browser.screenshot(driver, "booking-6-cancel");
    linksToTheStatements(f.ods);
    fill(driver, "dobDay", "" + p.dob().getDayOfMonth());
    fill(driver, "dobMonth", "" + p.dob().getMonthValue());
    fill(driver, "dobYear", "" + (p.dob().getYear() + 1));
    driver.findElement(By.id("cancelAppointment")).click();
    String wrong = waitForVisible("error-summary").getText();
    assertTrue(wrong.contains("does not match"), wrong);
    assertTrue(wrong.matches("(?s).*You can try \\d+ more times?\\..*"), "tries left: " + wrong);
    fill(driver, "dobYear", "" + p.dob().getYear());
    driver.findElement(By.id("cancelAppointment")).click();
    heading("Your appointment is cancelled");
    Browser.screenshot(driver, "booking-7-cancelled");
    assertEquals(0, f.emisBooked());
    assertTrue(
        textWith(f, "is cancelled, as you asked", "07700900000").contains("Test Practice " + f.ods),
        "the patient gets a text confirming the cancellation");
    var list = f.send("GET", f.practice("bookings"), KEY, null).array().getJsonObject(0);
    assertEquals("CANCELLED", list.getString("status"));
    assertEquals("WEB", list.getString("channel"));
    assertEquals("patient (web)", list.getString("cancelledBy"));
  }

  @Test
  void aPatientBooksWithTheKeyboardOnly() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    f.slot(24 * 60, BookingFixture.NURSE, "Nurse Beth Lewis");
    driver.get(api.uri("book/" + f.ods).toString());

    tabTo("nhsNumber");
    type(p.nhs());
    tabTo("dobDay");
    type("" + p.dob().getDayOfMonth());
    tabTo("dobMonth");
    type("" + p.dob().getMonthValue());
    tabTo("dobYear");
    type("" + p.dob().getYear());
    tabTo("surname");
    type(p.surname());
    Browser.screenshot(driver, "keyboard-1-identify");
    tabTo("continue");
    press(Keys.ENTER);
    heading("Choose a time");

    tabTo("slot-0");
    press(Keys.SPACE);
    assertTrue(driver.findElement(By.id("slot-0")).isSelected());
    Browser.screenshot(driver, "keyboard-2-choose");
    tabTo("chooseTime");
    press(Keys.ENTER);
    heading("Check and book");
    Browser.screenshot(driver, "keyboard-3-confirm");
    tabTo("book");
    press(Keys.ENTER);
    heading("Your appointment is booked");
    Browser.screenshot(driver, "keyboard-4-booked");
    assertEquals(1, f.emisBooked());
  }

  @Test
  void thePracticeSetsUpInvitesAndSeesOnlineBookings() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    String bloodSlot = f.slot(24 * 60, "Blood test", "HCA Sam Okoro");
    f.slot(24 * 60 + 10, GP, "Dr Amina Khan");
    // invitation links only: the open page is closed to patients
    f.settings(true, false, 2, 60, 60);

    Browser.resize(driver, Browser.DESKTOP);
    Pages.signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("practice/booking.xhtml?ods=" + f.ods).toString());
    fill(driver, "bookingForm:cancelCutoffMinutes", "90"); // typed, not saved yet
    driver.findElement(By.id("bookingForm:updateSlotTypes")).click();
    waitForText(driver, By.id("bookingForm:summary"), "Slot types read from EMIS");
    assertTrue(driver.getPageSource().contains("HCA Sam Okoro"));
    assertEquals(
        "90",
        driver.findElement(By.id("bookingForm:cancelCutoffMinutes")).getAttribute("value"),
        "what was typed survives reading the slot types");
    Browser.screenshot(driver, "practice-booking-settings");
    fill(driver, "bookingForm:weeksAhead", "13");
    fill(driver, "bookingForm:maxFutureBookings", "two");
    driver.findElement(By.id("bookingForm:save")).click();
    // a range error and a typing error in one answer, each kept as typed, the summary focused
    waitForText(driver, By.id("bookingForm:weeksAheadError"), "between 1 and 12");
    waitForText(driver, By.id("bookingForm:maxFutureBookingsError"), "whole number");
    assertEquals("13", driver.findElement(By.id("bookingForm:weeksAhead")).getDomProperty("value"));
    assertEquals(
        "two", driver.findElement(By.id("bookingForm:maxFutureBookings")).getDomProperty("value"));
    Pages.assertErrorSummaryFocused(driver, "bookingForm", 2);
    Accessibility.assertNoViolations(driver, "Online booking settings with two errors");
    fill(driver, "bookingForm:maxFutureBookings", "2");
    fill(driver, "bookingForm:weeksAhead", "6");
    driver.findElement(By.id("bookingForm:save")).click();
    waitForText(driver, By.id("bookingForm:summary"), "Online booking settings saved");
    assertEquals(
        90,
        f.send("GET", f.practice("booking-settings"), KEY, null)
            .json()
            .getInt("cancelCutoffMinutes"));

    driver.get(api.uri("practice/invite.xhtml?ods=" + f.ods).toString());
    new Select(driver.findElement(By.id("inviteForm:slotType"))).selectByVisibleText("Blood test");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getPageSource().contains("HCA Sam Okoro"));
    // two wrong numbers: both named in the summary, both kept as typed
    fill(driver, "inviteForm:nhsNumber", "123 456 7890");
    fill(driver, "inviteForm:mobile", "0770 09");
    driver.findElement(By.id("inviteForm:send")).click();
    waitForText(driver, By.id("inviteForm:nhsNumberError"), "NHS number");
    Pages.assertErrorSummaryFocused(driver, "inviteForm", 2);
    assertEquals(
        "123 456 7890", driver.findElement(By.id("inviteForm:nhsNumber")).getDomProperty("value"));
    assertEquals("0770 09", driver.findElement(By.id("inviteForm:mobile")).getDomProperty("value"));
    Accessibility.assertNoViolations(driver, "Invitations with two errors");
    fill(driver, "inviteForm:nhsNumber", p.nhs());
    fill(driver, "inviteForm:mobile", "07700 900000");
    driver.findElement(By.id("inviteForm:send")).click();
    waitForText(driver, By.id("inviteForm:summary"), "1 invitation sent");
    waitForText(driver, By.id("sent"), "Sent");
    Browser.screenshot(driver, "practice-invitations");

    Browser.resize(driver, Browser.PHONE);
    driver.get(api.uri("book/" + f.ods).toString());
    assertTrue(driver.findElement(By.id("closed")).getText().contains("invitation only"));
    driver.get(api.uri(linkFromText(f, "/book/invite/")).toString());
    heading("Confirm who you are");
    assertTrue(
        driver.findElements(By.id("nhsNumber")).isEmpty(), "the invitation knows the NHS number");
    Browser.screenshot(driver, "booking-invite-identify");
    identify(p);
    heading("Choose a time");
    assertEquals(1, driver.findElements(By.name("slot")).size(), "only the invited slot type");
    assertTrue(
        driver
            .findElement(By.cssSelector("label.pb-radio__label"))
            .getText()
            .contains("Blood test"));
    driver.findElement(By.cssSelector("label.pb-radio__label")).click();
    driver.findElement(By.id("chooseTime")).click();
    heading("Check and book");
    driver.findElement(By.id("book")).click();
    heading("Your appointment is booked");
    driver.get(api.uri(linkFromText(f, "/book/invite/")).toString());
    assertTrue(driver.findElement(By.id("closed")).getText().contains("already been used"));

    Browser.resize(driver, Browser.DESKTOP);
    driver.get(api.uri("practice/invite.xhtml?ods=" + f.ods).toString());
    waitForText(driver, By.id("sent"), "Used");
    driver.get(api.uri("practice/bookings.xhtml?ods=" + f.ods).toString());
    waitForText(driver, By.id("bookings"), "Invitation");
    assertTrue(driver.findElement(By.id("bookings")).getText().contains("patient (invitation)"));
    // reception cancels it in EMIS itself: the check against EMIS shows it, with who and how
    f.cancelInEmis(bloodSlot);
    driver.findElement(By.id("bookingsForm:checkEmis")).click();
    waitForText(driver, By.id("bookingsForm:summary"), "1 cancelled");
    waitForText(driver, By.id("bookings"), "Cancelled in the GP system");
    assertTrue(
        driver.findElement(By.id("bookings")).getText().contains("system (EMIS reconciliation)"));
    Browser.screenshot(driver, "practice-bookings");

    // a read-only API key may look but not book
    driver.get(api.uri("platform/api-keys.xhtml").toString());
    fill(driver, "keyForm:name", "Reader " + f.ods);
    new Select(driver.findElement(By.id("keyForm:scope"))).selectByValue(f.ods);
    driver.findElement(By.id("keyForm:issue")).click();
    String key = waitForText(driver, By.id("issuedKey"), "pc_").getText().strip();
    assertEquals(200, f.send("GET", f.practice("slots"), key, null).status());
    var write =
        f.send(
            "POST",
            f.practice("bookings"),
            key,
            p.json("1", null),
            Map.of("Idempotency-Key", "ro"));
    assertEquals(403, write.status(), write::toString);
    assertEquals("FORBIDDEN", write.json().getString("code"));
  }

  /**
   * The first step keeps nothing on the server: a visit, or a form with mistakes, sets no cookie;
   * only a match begins a session (and goes on to the times on the same address). Its form is taken
   * only from our own pages.
   */
  @Test
  void theLandingPageBeginsNoSessionAndRefusesAPostFromAnotherSite() throws Exception {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    f.slot(24 * 60, GP, "Dr Amina Khan");
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    URI page = api.uri("book/" + f.ods);
    HttpResponse<String> visit =
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, visit.statusCode());
    assertTrue(visit.headers().firstValue("Set-Cookie").isEmpty(), "no session for a visit");
    Matcher nonce =
        Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(visit.body());
    assertTrue(nonce.find(), "the form carries the page's nonce");
    assertTrue(visit.body().contains("value=\"stateless\""), "a stateless view");

    String mistyped = landingForm(nonce.group(1), "123", p);
    HttpResponse<String> wrong = postLanding(http, page, mistyped, null);
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("id=\"nhsNumber-error\""), "field message shown");
    assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty(), "no session for a mistake");

    String right = landingForm(nonce.group(1), p.nhs(), p);
    HttpResponse<String> forged = postLanding(http, page, right, "https://evil.example");
    assertTrue(forged.body().contains("Something went wrong"), "another site's post refused");
    assertTrue(forged.headers().firstValue("Set-Cookie").isEmpty(), "and no session from it");

    HttpResponse<String> matched =
        postLanding(http, page, right, page.getScheme() + "://" + page.getRawAuthority());
    assertEquals(302, matched.statusCode(), "on to choosing a time");
    assertTrue(matched.headers().firstValue("Location").orElseThrow().endsWith("/book/" + f.ods));
    // every cookie the reply sets (a session that may move between instances has two)
    String cookie =
        String.join(
            "; ",
            matched.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());
    assertTrue(cookie.contains("JSESSIONID="), cookie);
    HttpResponse<String> times =
        http.send(
            HttpRequest.newBuilder(page).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(times.body().contains("Choose a time"), "the session goes on to the times");
  }

  private static String landingForm(String nonce, String nhs, BookingFixture.Patient p) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("identify", "identify");
    fields.put("primefaces.nonce", nonce);
    fields.put("nhsNumber", nhs);
    fields.put("dobDay", "" + p.dob().getDayOfMonth());
    fields.put("dobMonth", "" + p.dob().getMonthValue());
    fields.put("dobYear", "" + p.dob().getYear());
    fields.put("surname", p.surname());
    fields.put("continue", "Continue");
    fields.put("jakarta.faces.ViewState", "stateless");
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (k, v) ->
            form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return form.toString();
  }

  private static HttpResponse<String> postLanding(
      HttpClient http, URI page, String form, String origin) throws Exception {
    HttpRequest.Builder post =
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      post.header("Origin", origin);
    }
    return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void wrongDetailsShowNotMatchedInTheSummaryAndTooManyMakeThePatientWait() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    f.slot(24 * 60, GP, "Dr Amina Khan");
    driver.get(api.uri("book/" + f.ods).toString());
    for (int i = 1; i <= 5; i++) {
      fill(driver, "nhsNumber", p.nhs());
      fill(driver, "dobDay", "" + p.dob().getDayOfMonth());
      fill(driver, "dobMonth", "" + p.dob().getMonthValue());
      fill(driver, "dobYear", "" + p.dob().getYear());
      fill(driver, "surname", "Wrongname");
      driver.findElement(By.id("continue")).click();
      WebElement summary = waitForVisible("error-summary");
      Pages.waitForText(driver, By.id("error-summary"), "could not find a patient");
      assertTrue(driver.getTitle().startsWith("Error:"), driver.getTitle());
      WebElement link = summary.findElement(By.tagName("a"));
      assertTrue(link.getAttribute("href").endsWith("#nhsNumber"), link.getAttribute("href"));
      assertFalse(summary.getText().toLowerCase().contains("surname is"), "never says which");
      if (i == 1) {
        Browser.screenshot(driver, "booking-not-matched");
        Accessibility.assertNoViolations(driver, "Identify: not matched");
      }
    }
    identify(p); // now the right details: too late, the patient must wait
    Pages.waitForText(driver, By.id("error-summary"), "too many attempts");
    String text = driver.findElement(By.id("error-summary")).getText();
    assertTrue(text.matches("(?s).*Wait 1[45] minutes.*"), text);
    assertEquals(1, driver.findElements(By.id("identify")).size(), "still on step 1");
    Browser.screenshot(driver, "booking-rate-limited");
  }

  @Test
  void thePractice404sTheTimesThatCannotBeBookedAndEmisFailuresAreFriendly() {
    // addresses that lead nowhere: a 404 with the patients' own "Page not found"
    for (String path :
        List.of(
            "book/12345",
            "book/ZZ999",
            "book/A81001/more",
            "book/invite/not-a-real-invitation",
            "book/cancel/not-a-real-cancel-link",
            "book/")) {
      var r = api.get(path, null);
      assertEquals(404, r.status(), path + ": " + r.status());
      assertTrue(r.body().contains("Page not found") || r.body().contains("not valid"), path);
      assertFalse(r.body().contains("Exception"), path);
    }

    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    String soon = f.slot(24 * 60, GP, "Dr Amina Khan");
    String later = f.slot(30 * 60, GP, "Dr Tom Price");
    // the chosen time becomes too soon (the practice asks for more notice) before "Book"
    var journey = new PageJourney(api.uri("book/" + f.ods)).open().identify(p).choose(soon);
    assertTrue(journey.html().contains("Check and book"), journey::html);
    f.settings(true, true, 2, 25 * 60, 60);
    String html = journey.book().html();
    assertTrue(html.contains("You cannot book that time any more"), html);
    assertTrue(html.contains("too soon"), html);
    assertTrue(html.contains("Choose a time") && html.contains("value=\"" + later + "\""), html);
    assertFalse(html.contains("value=\"" + soon + "\""), "the too-soon time is not offered");

    // EMIS fails while the patient is booking: a plain message, never an error page
    journey.choose(later);
    f.settings(true, true, 2, 60, 60); // the practice's list is read again at "Book"
    f.fault("GetSlots", "\"errorRate\":1.0");
    try {
      html = journey.book().html();
      assertTrue(html.contains("could not reach the practice"), html);
      assertTrue(html.contains("Check and book"), "still on the last step, to try again");
    } finally {
      f.noFaults();
    }
    assertEquals(0, f.emisBooked());
  }

  @Test
  void whenTheAppointmentBookCannotBeReadThePatientCanTryAgain() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    var journey = new PageJourney(api.uri("book/" + f.ods)).open();
    f.fault("GetSlots", "\"errorRate\":1.0");
    String html;
    try {
      html = journey.identify(p).html();
    } finally {
      f.noFaults();
    }
    assertTrue(html.contains("could not reach the practice"), html);
    assertTrue(html.contains("id=\"retryTimes\""), html);
    html = journey.retry().html();
    assertTrue(html.contains("value=\"" + slot + "\""), html);
  }

  @Test
  void aSecondPressOfBookShowsTheBookingNotAWaitingMessage() throws Exception {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    var journey = new PageJourney(api.uri("book/" + f.ods)).open().identify(p).choose(slot);
    f.fault("BookAppointment", "\"latencyMs\":1500");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(journey::bookOnce);
      // the second press comes while the first is still waiting for EMIS
      long until = System.currentTimeMillis() + 10_000;
      while (f.bookings("PENDING").isEmpty() && System.currentTimeMillis() < until) {
        sleep(50);
      }
      assertEquals(1, f.bookings("PENDING").size(), "the first press is waiting for EMIS");
      var second = pool.submit(journey::bookOnce);
      assertTrue(first.get().contains("Your appointment is booked"), "first");
      String shown = second.get();
      assertTrue(shown.contains("Your appointment is booked"), shown);
      assertFalse(shown.contains("still making your booking"), shown);
    } finally {
      pool.shutdown();
      f.noFaults();
    }
    assertEquals(1, f.emisBooked());
  }

  @Test
  void aPastedListInvitesEachPatientWhoThenBooks() {
    var f = BookingFixture.create(api, 2, 2, 60, 60);
    var second = f.patients.get(1);
    f.slot(24 * 60, BookingFixture.NURSE, "Nurse Beth Lewis");
    Browser.resize(driver, Browser.DESKTOP);
    Pages.signIn(driver, api, "support.desk", Demo.PASSWORD);

    // with online booking off the page warns that links would not work
    f.settings(false, true, 2, 60, 60);
    driver.get(api.uri("practice/invite.xhtml?ods=" + f.ods).toString());
    waitForText(driver, By.id("bookingOff"), "Online booking is switched off");
    f.settings(true, false, 2, 60, 60);
    driver.get(api.uri("practice/booking.xhtml?ods=" + f.ods).toString());
    driver.findElement(By.id("bookingForm:updateSlotTypes")).click();
    waitForText(driver, By.id("bookingForm:summary"), "Slot types read from EMIS");
    driver.get(api.uri("practice/invite.xhtml?ods=" + f.ods).toString());
    assertTrue(driver.findElements(By.id("bookingOff")).isEmpty(), "no warning while it is on");
    new Select(driver.findElement(By.id("inviteForm:slotType")))
        .selectByVisibleText(BookingFixture.NURSE);
    Browser.screenshot(driver, "invite-slot-type-chosen");
    // choosing the slot type re-renders the form: wait for its radio rather than race it
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[name='inviteForm:mode'][value='list']")))
        .click();
    // only the chosen way's fields are shown
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("inviteForm:list")));
    assertTrue(driver.findElements(By.id("inviteForm:nhsNumber")).isEmpty(), "one patient's box");
    // a list with a wrong line is sent to no one and comes back as pasted
    String wrongList = f.patients.get(0).nhs() + ", 07700 900000\n12345, 07700900001";
    fill(driver, "inviteForm:list", wrongList);
    driver.findElement(By.id("inviteForm:send")).click();
    waitForText(driver, By.id("inviteForm:listError"), "Line 2");
    Pages.assertErrorSummaryFocused(driver, "inviteForm", 1);
    assertEquals(wrongList, driver.findElement(By.id("inviteForm:list")).getDomProperty("value"));
    fill(
        driver,
        "inviteForm:list",
        "NHS number, mobile\n"
            + f.patients.get(0).nhs()
            + ", 07700 900000\n"
            + second.nhs().substring(0, 3)
            + " "
            + second.nhs().substring(3)
            + ",07700900001");
    driver.findElement(By.id("inviteForm:send")).click();
    waitForText(driver, By.id("inviteForm:summary"), "2 invitations sent");
    Browser.screenshot(driver, "practice-invitations-list");

    Browser.resize(driver, Browser.PHONE);
    driver.get(api.uri(linkFromText(f, "/book/invite/", "07700900001")).toString());
    heading("Confirm who you are");
    identify(second);
    heading("Choose a time");
    driver.findElement(By.cssSelector("label.pb-radio__label")).click();
    driver.findElement(By.id("chooseTime")).click();
    heading("Check and book");
    driver.findElement(By.id("book")).click();
    heading("Your appointment is booked");
    var listed = f.bookings(null);
    assertEquals(1, listed.size());
    assertEquals("INVITE", listed.get(0).getString("channel"));
    assertTrue(
        linkFromText(f, "/book/invite/", "07700900000").startsWith("book/invite/"),
        "the first patient got their own link");
  }

  @Test
  void cancellingFromAReminderTextCancelsTheOnlineBookingAtOnce() {
    var f = BookingFixture.create(api, 1, 2, 60, 60);
    var p = f.patients.get(0);
    String slot = f.slot(24 * 60, GP, "Dr Amina Khan");
    var booked = f.book("rem-1", p.json(slot, null));
    assertEquals(201, booked.status(), booked::toString);
    String bookingId = booked.json().getString("bookingId");
    // reminders on at any hour, one a day before: due at once for an appointment tomorrow
    var test = f.send("POST", f.practice("emis-settings/connection-test"), KEY, null);
    assertTrue(test.body().contains("\"outcome\":\"PASSED\""), test::toString);
    BookingFixture.ok(
        f.send(
            "PUT",
            f.practice("reminder-settings"),
            KEY,
            "{\"enabled\":true,\"offsets\":[\"P1D\"],\"windowStart\":\"00:00\","
                + "\"windowEnd\":\"23:59\",\"template\":\"Reminder from ((practice name)):"
                + " ((date)) at ((time)). Cancel: ((cancel link))\",\"cancellationCutoff\":\"PT1H\"}"));
    BookingFixture.ok(f.send("POST", f.practice("reminders/run"), KEY, null));
    String link = linkFromText(f, "/r/", "07700900000");

    driver.get(api.uri(link).toString());
    heading("Cancel your appointment");
    fill(driver, "cancel:day", "" + p.dob().getDayOfMonth());
    fill(driver, "cancel:month", "" + p.dob().getMonthValue());
    fill(driver, "cancel:year", "" + p.dob().getYear());
    driver.findElement(By.id("cancel:continue")).click();
    heading("Do you want to cancel this appointment?");
    driver.findElement(By.id("cancel:confirm")).click();
    heading("Appointment cancelled");

    JsonObject b = f.booking(bookingId);
    assertEquals("CANCELLED", b.getString("status"), b::toString);
    assertEquals("REMINDER_LINK", b.getString("cancelChannel"), b::toString);
    assertEquals("patient (reminder link)", b.getString("cancelledBy"));
    assertTrue(
        f.send("GET", f.practice("slots"), KEY, null).body().contains("\"" + slot + "\""),
        "the slot is offered online again at once");
    Browser.resize(driver, Browser.DESKTOP);
    Pages.signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("practice/bookings.xhtml?ods=" + f.ods).toString());
    waitForText(driver, By.id("bookings"), "Cancelled from reminder link");
  }

  private String linkFromText(BookingFixture f, String kind) {
    return linkFromText(f, kind, "07700900000");
  }

  /** The link in the newest text from this fixture's practice to that mobile. */
  private String linkFromText(BookingFixture f, String kind, String mobile) {
    return SentTexts.link(api, f.ods, mobile, kind);
  }

  /** The newest text to {@code mobile} from this fixture's practice that says {@code words}. */
  private String textWith(BookingFixture f, String words, String mobile) {
    return SentTexts.newest(api, f.ods, mobile, words, body -> body.contains(words));
  }

  /** Waits for the page's heading; a page still being replaced may throw on the old one. */
  private void heading(String text) {
    Pages.waitForText(driver, By.tagName("h1"), text);
  }

  private WebElement waitForVisible(String id) {
    Pages.waitForVisible(driver, By.id(id));
    return driver.findElement(By.id(id));
  }

  private void tabTo(String id) {
    for (int i = 0; i < 40; i++) {
      if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("Tab never reached " + id);
  }

  private void press(CharSequence key) {
    driver.switchTo().activeElement().sendKeys(key);
  }

  private void type(String text) {
    driver.switchTo().activeElement().sendKeys(text);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
