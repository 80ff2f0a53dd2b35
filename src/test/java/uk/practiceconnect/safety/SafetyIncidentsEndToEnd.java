package uk.practiceconnect.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.signIn;
import static uk.practiceconnect.testing.Pages.waitForText;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import uk.practiceconnect.retention.entity.RetentionKind;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;
import uk.practiceconnect.testing.SupportDesk;

/**
 * A practice manager reports a suspected safety issue from the practice's pages; the report is
 * audited without its words, and the support desk reads it on its Safety incidents page and through
 * the REST API (all-practices keys only).
 */
public abstract class SafetyIncidentsEndToEnd {

  static final String PASSWORD = "Safety-Report-Pass-1";
  static final Pattern REFERENCE = Pattern.compile("Your report is (SI-\\d+)");

  Api api;
  static WebDriver driver;

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
  void aPracticeReportsASafetyConcernAndTheSupportDeskReadsItButNotTheAuditTrail() {
    String ods = Demo.freshPractice(api, 'S');
    String admin = "safety" + System.nanoTime() % 100000;
    SupportDesk.signIn(api).addPracticeAdmin(ods, admin, "Sam Reid", PASSWORD);
    signIn(driver, api, admin, PASSWORD);

    openFromTheMenu("Safety concerns", "/practice/safety.xhtml");
    waitForText(driver, By.tagName("h1"), "Report a safety concern");
    Accessibility.assertNoViolations(driver, "Report a safety concern");

    // nothing filled in: both required fields are named, the summary takes the focus
    driver.findElement(By.id("incidentForm:report")).click();
    waitForText(driver, By.id("incidentForm:occurredOnError"), "Enter the date it happened");
    waitForText(driver, By.id("incidentForm:whatHappenedError"), "Describe what happened");
    Pages.assertErrorSummaryFocused(driver, "incidentForm", 2);
    Accessibility.assertNoViolations(driver, "Report a safety concern with errors");

    // a date in the future is refused and what was typed is kept
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String what =
        "Mrs B was texted a reminder for Thursday although we cancelled the appointment in EMIS"
            + " on Monday.\nShe came in and was seen by the duty doctor.";
    setValue("incidentForm:occurredOn", today.plusDays(1).toString());
    fill(driver, "incidentForm:whatHappened", what);
    fill(driver, "incidentForm:patientReference", "EMIS 123456");
    driver.findElement(By.id("incidentForm:report")).click();
    waitForText(driver, By.id("incidentForm:occurredOnError"), "today or in the past");
    assertEquals(
        what,
        driver.findElement(By.id("incidentForm:whatHappened")).getDomProperty("value"),
        "what was typed stays beside the error");

    setValue("incidentForm:occurredOn", today.toString());
    driver.findElement(By.id("incidentForm:report")).click();
    String summary =
        waitForText(driver, By.id("incidentForm:summary"), "Your report is SI-").getText();
    Matcher m = REFERENCE.matcher(summary);
    assertTrue(m.find(), summary);
    String reference = m.group(1);
    assertEquals(
        "", driver.findElement(By.id("incidentForm:whatHappened")).getDomProperty("value"));
    waitForText(driver, By.id("reported"), reference);
    Browser.screenshot(driver, "safety-concern-reported");
    Accessibility.assertNoViolations(driver, "Report a safety concern, reported");

    // audited: who and which report, never its words
    JsonObject entry =
        api.get("api/v1/practices/" + ods + "/audit?q=SAFETY_INCIDENT", Demo.PLATFORM_KEY)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(admin, entry.getString("actor"));
    assertTrue(entry.getString("detail").startsWith(reference), entry.toString());
    assertFalse(entry.toString().contains("Mrs B"), entry.toString());
    assertFalse(entry.toString().contains("123456"), entry.toString());

    // REST: the support desk's key reads it, a one-practice key may not, bad paging is a 400
    Api.Reply all = api.get("api/v1/safety-incidents?size=200", Demo.PLATFORM_KEY);
    assertEquals(200, all.status(), all.toString());
    JsonObject listed =
        all.json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(i -> reference.equals(i.getString("reference")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(reference + " not listed: " + all.body()));
    assertEquals(ods, listed.getString("odsCode"));
    assertEquals(what, listed.getString("whatHappened"));
    assertEquals("EMIS 123456", listed.getString("patientReference"));
    assertEquals(today.toString(), listed.getString("occurredOn"));
    Api.Reply practiceKey = api.get("api/v1/safety-incidents", Demo.A81001_KEY);
    assertEquals(403, practiceKey.status(), practiceKey.toString());
    assertTrue(practiceKey.isProblem(), practiceKey.toString());
    Api.Reply badPage = api.get("api/v1/safety-incidents?page=-1", Demo.PLATFORM_KEY);
    assertEquals(400, badPage.status(), badPage.toString());
    assertTrue(badPage.isProblem(), badPage.toString());

    // the support desk finds it from its own menu
    driver.findElement(By.id("account:signOut")).click();
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    openFromTheMenu("Safety incidents", "/platform/incidents.xhtml");
    waitForText(driver, By.tagName("h1"), "Safety incidents");
    String table = driver.findElement(By.id("tableForm:incidents")).getText();
    assertTrue(table.contains(reference), table);
    assertTrue(table.contains("duty doctor"), table);
    assertTrue(table.contains("Test Practice " + ods), table);
    Browser.screenshot(driver, "platform-safety-incidents");
    Accessibility.assertNoViolations(driver, "Safety incidents");

    // a serious one is kept 20 years: the support desk marks it, and the audit trail says who
    driver.findElement(By.xpath("//button[contains(., 'Mark " + reference + " serious')]")).click();
    waitForText(driver, By.id("tableForm:summary"), reference + " is marked serious");
    waitForText(driver, By.cssSelector("[data-serious='" + reference + "']"), "20 years: serious");
    Accessibility.assertNoViolations(driver, "Safety incidents, one marked serious");
    JsonObject marked =
        api.get(
                "api/v1/practices/" + ods + "/audit?q=SAFETY_INCIDENT_MARKED_SERIOUS",
                Demo.PLATFORM_KEY)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("support.desk", marked.getString("actor"));
    assertTrue(marked.getString("detail").startsWith(reference), marked.toString());
  }

  @Test
  void theSupportDeskSeesHowLongEachKindOfDataIsKeptAndWhatTheLastRunDid() {
    // a run now (as the daily job does): every kind is done once today, then rests
    Api.Reply run = api.post("api/v1/retention/runs", Demo.PLATFORM_KEY, null);
    assertEquals(200, run.status(), run.toString());
    Api.Reply again = api.post("api/v1/retention/runs", Demo.PLATFORM_KEY, null);
    assertEquals(200, again.status(), again.toString());
    assertEquals(0, again.array().size(), "done today already: " + again.body());
    Api.Reply kinds = api.get("api/v1/retention", Demo.PLATFORM_KEY);
    assertEquals(RetentionKind.values().length, kinds.array().size(), kinds.toString());
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    for (var k : kinds.array()) {
      assertEquals(today, k.asJsonObject().getString("lastDoneOn"), k.toString());
    }
    assertEquals(403, api.post("api/v1/retention/runs", Demo.A81001_KEY, null).status());
    assertEquals(403, api.get("api/v1/retention", Demo.A81001_KEY).status());

    signIn(driver, api, "support.desk", Demo.PASSWORD);
    openFromTheMenu("Data retention", "/platform/retention.xhtml");
    waitForText(driver, By.tagName("h1"), "Data retention");
    String table = driver.findElement(By.id("retention")).getText();
    assertTrue(table.contains("Anonymised 30 days after sending"), table);
    assertTrue(table.contains("Anonymised 90 days after the appointment"), table);
    assertTrue(table.contains("Deleted 3650 days after the report"), table);
    assertTrue(table.contains("Deleted 7300 days after the report"), table);
    assertTrue(table.contains("Anonymised 30 days after their use or expiry"), table);
    assertEquals(
        RetentionKind.values().length,
        driver.findElements(By.cssSelector("#retention [data-kind]")).size(),
        table);
    assertFalse(table.contains("Not yet"), "every kind was run: " + table);
    Browser.screenshot(driver, "platform-data-retention");
    Accessibility.assertNoViolations(driver, "Data retention");
  }

  /**
   * Opens the page the main menu's entry links to (the address is checked, then loaded, as the
   * other page tests load pages).
   */
  private void openFromTheMenu(String label, String path) {
    String href =
        driver
            .findElement(By.cssSelector("nav"))
            .findElement(By.linkText(label))
            .getAttribute("href");
    assertTrue(href != null && href.contains(path), label + " links to " + href);
    driver.get(api.uri(href.substring(href.indexOf(path) + 1)).toString());
  }

  /** Sets a date input as the browser's own picker would (typing into one is locale-bound). */
  private static void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            value);
  }
}
