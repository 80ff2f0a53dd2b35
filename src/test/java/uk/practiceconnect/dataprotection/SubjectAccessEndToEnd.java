package uk.practiceconnect.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.signIn;
import static uk.practiceconnect.testing.Pages.waitForText;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import uk.practiceconnect.reminders.ReminderFixture;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;

/**
 * Subject access and erasure end to end, on a practice and EMIS organisation of the group's own: a
 * patient with a reminder and an online booking is exported over REST (JSON and CSV) by the support
 * desk's key, erased once their booking is cancelled, and is then nowhere; the audit trail says who
 * and why, never whose. The support desk does the same for another patient on its page.
 */
public abstract class SubjectAccessEndToEnd {

  static final String KEY = Demo.PLATFORM_KEY;
  static final Dimension NARROW = new Dimension(375, 812);

  static WebDriver driver;
  Api api;

  @BeforeAll
  static void openBrowser() {
    driver = Browser.desktop();
  }

  @AfterAll
  static void closeBrowser() {
    Browser.quit(driver);
    driver = null;
  }

  @BeforeEach
  void open() {
    api = Api.at(Server.url());
    Browser.reset(driver, Browser.DESKTOP);
  }

  @Test
  void aPatientsDataIsExportedAsJsonAndCsvThenErasedAndTheAuditTrailNamesNoOne() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    LocalDate dob = LocalDate.of(1971, 4, 2);
    f.patient(nhs, mobile, true, dob);
    f.book(nhs, ReminderFixture.inMinutes(180));
    f.run();
    String bookingId = bookOnline(f, nhs, dob);
    String exports = "api/v1/practices/" + f.ods + "/subject-access-exports";
    String body =
        "{\"nhsNumber\":\""
            + nhs.substring(0, 3)
            + " "
            + nhs.substring(3, 6)
            + " "
            + nhs.substring(6)
            + "\"}";

    // JSON: everything held, in full
    Api.Reply json = api.post(exports, KEY, body);
    assertEquals(200, json.status(), json::toString);
    assertEquals(nhs, json.json().getString("nhsNumber"));
    Map<String, Integer> counts = counts(json.json());
    assertEquals(1, counts.get("booking"), counts.toString());
    assertTrue(counts.get("reminder") >= 1, counts.toString());
    assertTrue(counts.get("sms_message") >= 1, "the booking's confirmation: " + counts);
    assertTrue(json.body().contains(bookingId), "the booking's reference");
    assertTrue(json.body().contains("\"nhs_number\":\"" + nhs + "\""), "unmasked");

    // CSV: the same, one value a row, the mobile made safe from spreadsheets
    Api.Reply csv = api.send("POST", exports, KEY, body, Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(csv.body().startsWith("section,row,field,value\r\n"), csv.body());
    assertTrue(csv.body().contains("\r\nbooking,1,nhs_number," + nhs + "\r\n"), csv.body());
    assertTrue(csv.body().contains(",mobile,'+44" + mobile.substring(1) + "\r\n"), csv.body());

    // only the support desk; bad numbers named like everywhere else; nothing in the address
    assertEquals(403, api.post(exports, Demo.A81001_KEY, body).status());
    Api.Reply bad = api.post(exports, KEY, "{\"nhsNumber\":\"123 456 7890\"}");
    assertTrue(bad.status() == 400 && bad.isProblem(), bad::toString);
    if (!nhs.endsWith("1")) {
      assertEquals(
          "nhsNumber", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
    Api.Reply both =
        api.post(exports, KEY, "{\"nhsNumber\":\"" + nhs + "\",\"mobile\":\"" + mobile + "\"}");
    assertEquals(400, both.status(), both::toString);

    // erasure waits for the booking still to come to be cancelled, and changes nothing till then
    String erasures = "api/v1/practices/" + f.ods + "/erasures";
    String erase =
        "{\"nhsNumber\":\""
            + nhs
            + "\",\"reason\":\"Patient's request, agreed by the"
            + " Caldicott guardian\",\"decidedBy\":\"Dr Ann Lee, Caldicott guardian\"}";
    Api.Reply refused = api.post(erasures, KEY, erase);
    assertEquals(422, refused.status(), refused::toString);
    assertTrue(refused.json().getString("detail").contains("Cancel it first"), refused::toString);
    assertEquals(1, counts(api.post(exports, KEY, body).json()).get("booking"));
    Api.Reply noReason = api.post(erasures, KEY, "{\"nhsNumber\":\"" + nhs + "\"}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals(2, noReason.json().getJsonArray("errors").size(), noReason::toString);
    assertEquals(403, api.post(erasures, Demo.A81001_KEY, erase).status());

    Api.Reply cancelled = api.delete("api/v1/practices/" + f.ods + "/bookings/" + bookingId, KEY);
    assertEquals(2, cancelled.status() / 100, cancelled::toString);
    Api.Reply erased = api.post(erasures, KEY, erase);
    for (int i = 0; erased.status() == 409 && i < 20; i++) {
      // the reminder's text was being sent that moment: the answer says to try again
      pause(500);
      erased = api.post(erasures, KEY, erase);
    }
    assertEquals(200, erased.status(), erased::toString);
    assertTrue(erased.json().getInt("total") >= 3, erased::toString);

    JsonObject after = api.post(exports, KEY, body).json();
    assertEquals(0, after.getInt("total"), after.toString());
    assertFalse(after.getBoolean("optedOutOfReminders"));

    JsonObject entry =
        api.get("api/v1/practices/" + f.ods + "/audit?q=PATIENT_DATA_ERASED", KEY)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String detail = entry.getString("detail");
    assertTrue(detail.contains("booking 1 deleted"), detail);
    assertTrue(detail.contains("Dr Ann Lee"), detail);
    assertFalse(entry.toString().contains(nhs.substring(6)), entry.toString());
    assertFalse(entry.toString().contains(mobile.substring(7)), entry.toString());
  }

  @Test
  void theSupportDeskFindsAndErasesAPatientOnItsPage() {
    ReminderFixture f = ReminderFixture.fresh(api);
    String nhs = ReminderFixture.randomNhs();
    String mobile = ReminderFixture.randomMobile();
    f.patient(nhs, mobile, true, LocalDate.of(1980, 6, 15));
    // the day after tomorrow: its reminder waits till tomorrow, so no text is on its way
    f.book(nhs, ReminderFixture.inMinutes(2 * 24 * 60));
    f.run();

    signIn(driver, api, "support.desk", Demo.PASSWORD);
    String href =
        driver
            .findElement(By.cssSelector("nav"))
            .findElement(By.linkText("Subject access"))
            .getAttribute("href");
    assertTrue(href.contains("/platform/subject-access.xhtml"), href);
    driver.get(api.uri("platform/subject-access.xhtml").toString());
    waitForText(driver, By.tagName("h1"), "Subject access and erasure");
    Accessibility.assertNoViolations(driver, "Subject access");

    // the API's messages, by the fields, with the summary focused
    fill(driver, "subjectForm:nhsNumber", "123 456 7890");
    driver.findElement(By.id("subjectForm:lookUp")).click();
    waitForText(driver, By.id("subjectForm:practiceError"), "Choose the practice");
    new Select(driver.findElement(By.id("subjectForm:practice"))).selectByValue(f.ods);
    driver.findElement(By.id("subjectForm:lookUp")).click();
    waitForText(driver, By.id("subjectForm:nhsNumberError"), "not a valid NHS number");
    Pages.assertErrorSummaryFocused(driver, "subjectForm", 1);

    fill(driver, "subjectForm:nhsNumber", "");
    fill(driver, "subjectForm:mobile", mobile);
    driver.findElement(By.id("subjectForm:lookUp")).click();
    waitForText(driver, By.id("subjectForm:summary"), "held about this patient");
    assertEquals(
        "1",
        driver.findElement(By.cssSelector("[data-table='reminder']")).getText(),
        "one reminder row");
    assertTrue(driver.findElement(By.id("subjectForm:held")).getText().contains(nhs.substring(6)));
    assertTrue(driver.findElements(By.id("subjectForm:downloadCsv")).size() == 1);
    String download =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " var form = document.getElementById('subjectForm');"
                        + " var data = new URLSearchParams(new FormData(form));"
                        + " data.append('subjectForm:downloadCsv', 'Download CSV');"
                        + " fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) {"
                        + " done(r.headers.get('Content-Type') + ' crlf='"
                        + " + (t.indexOf('\\r\\nrequest,1,odsCode,') >= 0) + '\\n' + t); }); })"
                        + ".catch(function (e) { done('failed: ' + e); });");
    assertTrue(download.startsWith("text/csv"), download);
    assertTrue(download.contains(" crlf=true\n"), "CRLF line ends, as the server sent it");
    assertTrue(download.contains("request,1,mobile,'+44" + mobile.substring(1)), download);
    assertTrue(download.contains("reminder,1,nhs_masked,*** *** " + nhs.substring(6)), download);
    Browser.screenshot(driver, "platform-subject-access");
    Accessibility.assertNoViolations(driver, "Subject access, what is held");
    Browser.resize(driver, NARROW);
    Number overflow =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 375 px: " + overflow);
    Browser.screenshot(driver, "platform-subject-access-375");
    Browser.resize(driver, Browser.DESKTOP);

    // erasure: reason and who decided are required, then a confirmation, then the counts
    driver.findElement(By.id("subjectForm:erase")).click();
    driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitForText(driver, By.id("subjectForm:reasonError"), "Enter why");
    waitForText(driver, By.id("subjectForm:decidedByError"), "Enter who");
    fill(
        driver, "subjectForm:reason", "Wrong number on the record, agreed by the practice manager");
    fill(
        driver,
        "subjectForm:decidedBy",
        "Sam Reid, practice manager " + UUID.randomUUID().toString().substring(0, 4));
    driver.findElement(By.id("subjectForm:erase")).click();
    driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitForText(driver, By.id("subjectForm:summary"), "reminder 1 deleted (not sent yet)");

    driver.findElement(By.id("subjectForm:lookUp")).click();
    waitForText(driver, By.id("subjectForm:summary"), "Nothing is held about this patient");
  }

  /** An online booking through the API, in a slot made for it; returns its id. */
  private String bookOnline(ReminderFixture f, String nhs, LocalDate dob) {
    Api.Reply settings =
        api.put(
            "api/v1/practices/" + f.ods + "/booking-settings",
            KEY,
            "{\"enabled\":true,\"openBooking\":true,\"weeksAhead\":6,\"minimumNoticeMinutes\":0,"
                + "\"maxFutureBookings\":3,\"cancelCutoffMinutes\":0,\"showClinician\":true,"
                + "\"slotTypes\":[{\"name\":\"Routine GP\",\"bookable\":true}]}");
    assertEquals(200, settings.status(), settings::toString);
    Api.Reply slot =
        api.post(
            "sandbox/emis/admin/v1/organisations/" + f.cdb + "/slots",
            null,
            "{\"start\":\""
                + ReminderFixture.inMinutes(24 * 60 + 300)
                + "\",\"durationMinutes\":10,\"slotType\":\"Routine GP\",\"clinician\":\"Dr Test\"}");
    assertEquals(2, slot.status() / 100, slot::toString);
    Api.Reply booked =
        api.send(
            "POST",
            "api/v1/practices/" + f.ods + "/bookings",
            KEY,
            "{\"slotId\":\""
                + slot.json().getString("slotId")
                + "\",\"nhsNumber\":\""
                + nhs
                + "\",\"dateOfBirth\":\""
                + dob
                + "\",\"surname\":\"Tester\",\"reason\":\"Sore knee\"}",
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, booked.status(), booked::toString);
    return booked.json().getString("bookingId");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Map<String, Integer> counts(JsonObject export) {
    return export.getJsonArray("sections").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(s -> s.getString("table"), s -> s.getInt("count")));
  }
}
