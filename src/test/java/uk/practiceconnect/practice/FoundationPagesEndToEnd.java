package uk.practiceconnect.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.signIn;
import static uk.practiceconnect.testing.Pages.waitForText;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.practiceconnect.testing.Accessibility;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.Browser;
import uk.practiceconnect.testing.Demo;
import uk.practiceconnect.testing.Pages;
import uk.practiceconnect.testing.Server;

/**
 * The foundation as people use it, in headless Chromium: the support desk adds a practice, its
 * admin and an API key; the practice manager links EMIS on the Feature settings page.
 */
public abstract class FoundationPagesEndToEnd {

  URL url;
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
    url = Server.url();
    api = Api.at(url);
    Browser.reset(driver, Browser.DESKTOP);
  }

  private String newPracticeWithAdmin(String admin) {
    String ods = Demo.unusedOdsCode(api, 'X');
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("platform/practices.xhtml").toString());
    fill(driver, "practiceForm:odsCode", ods.toLowerCase());
    fill(driver, "practiceForm:name", "Meadow Lane Surgery " + ods);
    driver.findElement(By.id("practiceForm:addPractice")).click();
    waitForText(driver, By.id("practiceForm:summary"), "Added Meadow Lane Surgery " + ods);
    assertTrue(driver.findElement(By.id("practices")).getText().contains(ods));

    new Select(driver.findElement(By.id("adminForm:practice"))).selectByValue(ods);
    fill(driver, "adminForm:displayName", "Mia Hughes");
    fill(driver, "adminForm:username", admin);
    fill(driver, "adminForm:password", "short");
    driver.findElement(By.id("adminForm:addAdmin")).click();
    waitForText(driver, By.id("adminForm:passwordError"), "at least 12 characters");
    fill(driver, "adminForm:password", "Meadow-Lane-Pass-1");
    driver.findElement(By.id("adminForm:addAdmin")).click();
    waitForText(driver, By.id("adminForm:summary"), "can now sign in as " + admin);
    Browser.screenshot(driver, "platform-practices");
    Accessibility.assertNoViolations(driver, "Practices");
    driver.findElement(By.id("account:signOut")).click();
    return ods;
  }

  @Test
  void practiceManagerLinksEmisAndCannotSeeAnotherPractice() {
    String admin = "mia" + System.nanoTime() % 100000;
    String ods = newPracticeWithAdmin(admin);
    signIn(driver, api, admin, "Meadow-Lane-Pass-1");
    assertTrue(driver.getCurrentUrl().contains("practice/settings.xhtml"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Feature settings"));
    assertTrue(driver.getPageSource().contains("Meadow Lane Surgery " + ods));

    fill(driver, "orgForm:organisationId", "5OO01");
    driver.findElement(By.id("orgForm:updateOrganisationId")).click();
    waitForText(driver, By.id("orgForm:organisationIdError"), "must contain digits only");
    assertEquals(
        "true", driver.findElement(By.id("orgForm:organisationId")).getAttribute("aria-invalid"));
    assertEquals(
        "5OO01",
        driver.findElement(By.id("orgForm:organisationId")).getDomProperty("value"),
        "what was typed stays in the field beside its error");
    Browser.screenshot(driver, "settings-field-error");
    Accessibility.assertNoViolations(driver, "Feature settings with a field error");

    fill(driver, "orgForm:organisationId", "  50001 "); // pasted with spaces around it
    driver.findElement(By.id("orgForm:updateOrganisationId")).click();
    waitForText(driver, By.id("orgForm:summary"), "EMIS Organisation ID saved: 50001");

    fill(driver, "userForm:username", "practiceconnect");
    fill(driver, "userForm:password", "Sandbox-Emis-Pass-1");
    driver.findElement(By.id("userForm:updateApiUser")).click();
    waitForText(driver, By.id("userForm:summary"), "EMIS API user details saved");
    Browser.screenshot(driver, "settings-saved");

    // how patients reach the practice: a wrong number is named and kept, a right one is shown
    // on the patient pages from the first one on
    fill(driver, "contactForm:phone", "call us");
    fill(driver, "contactForm:address", "2 Meadow Lane\nExampleton EX3 4EF");
    driver.findElement(By.id("contactForm:saveContact")).click();
    waitForText(driver, By.id("contactForm:phoneError"), "phone number as patients dial it");
    assertEquals("call us", driver.findElement(By.id("contactForm:phone")).getDomProperty("value"));
    Pages.assertErrorSummaryFocused(driver, "contactForm", 1);
    Accessibility.assertNoViolations(driver, "Feature settings with a wrong phone number");
    fill(driver, "contactForm:phone", "01632 960 123");
    driver.findElement(By.id("contactForm:saveContact")).click();
    waitForText(driver, By.id("contactForm:summary"), "Patients see 01632 960 123");
    // a patient, on their own phone, opens the practice's booking page
    WebDriver patient = Browser.phone();
    try {
      patient.get(api.uri("book/" + ods).toString());
      waitForText(patient, By.id("practicePhone"), "01632 960 123");
      assertTrue(
          patient
              .findElement(By.id("practiceContact"))
              .getText()
              .contains("2 Meadow Lane, Exampleton EX3 4EF"));
    } finally {
      patient.quit();
    }

    driver.navigate().refresh();
    assertEquals("", driver.findElement(By.id("userForm:password")).getAttribute("value"));
    assertEquals(
        "50001", driver.findElement(By.id("orgForm:organisationId")).getAttribute("value"));
    assertEquals(
        "practiceconnect", driver.findElement(By.id("userForm:username")).getAttribute("value"));
    assertTrue(
        driver
            .findElement(By.id("userForm:passwordState"))
            .getText()
            .contains("A password is saved"));
    assertTrue(driver.findElement(By.id("userForm:lastChange")).getText().contains("by " + admin));
    assertTrue(!driver.getPageSource().contains("Sandbox-Emis-Pass-1"));

    driver.get(api.uri("practice/audit.xhtml").toString());
    waitForText(driver, By.id("auditForm:audit"), "EMIS API password changed");
    assertTrue(
        driver
            .findElement(By.id("auditForm:audit"))
            .getText()
            .contains("EMIS organisation ID changed"));
    fill(driver, "auditForm:audit:globalFilter", "organisation");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> !d.findElement(By.id("auditForm:audit")).getText().contains("password changed"));
    Browser.screenshot(driver, "audit");
    Accessibility.assertNoViolations(driver, "Audit trail");

    driver.get(api.uri("practice/settings.xhtml?ods=A81001").toString());
    assertTrue(driver.getPageSource().contains("Page not found"));
    assertTrue(!driver.getPageSource().contains("Riverside"));
    driver.get(api.uri("practice/audit.xhtml?ods=A81002").toString());
    assertTrue(driver.getPageSource().contains("Page not found"));
    driver.get(api.uri("platform/practices.xhtml").toString());
    assertTrue(driver.getPageSource().contains("You cannot open this page"));
  }

  @Test
  void supportDeskIssuesAReadOnlyKeyShownOnceAndRevokesIt() {
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("platform/api-keys.xhtml").toString());
    driver.findElement(By.id("keyForm:issue")).click();
    waitForText(driver, By.id("keyForm:nameError"), "Give the key a name");
    String name = "Hillview reader " + System.nanoTime() % 100000;
    fill(driver, "keyForm:name", name);
    new Select(driver.findElement(By.id("keyForm:scope"))).selectByValue("A81002");
    driver.findElement(By.id("keyForm:issue")).click();
    String key = waitForText(driver, By.id("issuedKey"), "pc_").getText().strip();
    assertTrue(driver.findElement(By.id("copyKey")).isDisplayed(), "a Copy button for the key");
    Browser.screenshot(driver, "api-key-issued");
    Accessibility.assertNoViolations(driver, "API keys");

    assertEquals(200, api.get("api/v1/practices/A81002/emis-settings", key).status());
    assertEquals(404, api.get("api/v1/practices/A81001/emis-settings", key).status());
    var write =
        api.put(
            "api/v1/practices/A81002/emis-settings/organisation-id",
            key,
            "{\"organisationId\":\"1\"}");
    assertEquals(403, write.status(), write::toString);

    // the next action on the same page, without a reload, no longer shows the new key
    driver.findElements(By.cssSelector("#keyForm\\:keys tr")).stream()
        .filter(tr -> tr.getText().contains(name))
        .findFirst()
        .orElseThrow()
        .findElement(By.tagName("button"))
        .click();
    driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitForText(driver, By.id("keyForm:summary"), "Revoked " + name);
    assertTrue(!driver.getPageSource().contains(key), "the new key is still shown");
    assertTrue(driver.findElements(By.id("issuedKey")).isEmpty());
    assertEquals(401, api.get("api/v1/practices/A81002/emis-settings", key).status());
    driver.navigate().refresh();
    assertTrue(!driver.getPageSource().contains(key), "a key is shown once only");
    var revoked =
        api.get("api/v1/practices/A81002/audit?q=Revoked", Demo.PLATFORM_KEY)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("Revoked " + name, revoked.getString("detail"));
    assertEquals("A81002", revoked.getString("odsCode"));

    // the link to the API's description leads to readable documentation served by the WAR itself
    driver.findElement(By.linkText("the API documentation")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/api/docs"), driver.getCurrentUrl());
    waitForText(driver, By.id("swagger-ui"), "/api/v1/practices/{odsCode}/bookings");
    assertTrue(driver.findElement(By.id("swagger-ui")).getText().contains("Getting started"));
    assertTrue(
        driver.findElements(By.cssSelector("#swagger-ui .opblock")).size() > 30,
        "every operation is listed");
    var outside =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                    + ".filter(function (n) { return n.indexOf(location.origin) !== 0"
                    + " && n.indexOf('data:') !== 0; }).join(' ')");
    assertEquals("", outside, "nothing is loaded from outside the server");
    Browser.screenshot(driver, "api-docs");
  }

  private String openSettingsOfAFreshPractice() {
    String ods = Demo.freshPractice(api);
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("practice/settings.xhtml?ods=" + ods).toString());
    waitForText(driver, By.tagName("h1"), "Feature settings");
    return ods;
  }

  @Test
  void aPracticeSwitchesToGpConnectOnlyOnceItsGpConnectSettingsAreSaved() {
    String ods = openSettingsOfAFreshPractice();
    assertTrue(driver.findElement(By.id("routeForm:route:0")).isSelected(), "EMIS to begin with");
    assertTrue(
        driver.findElement(By.id("routeForm:routeInUse")).getText().contains("EMIS partner API"));

    // choosing GP Connect shows its form in place of EMIS's, before anything is saved
    driver.findElement(By.id("routeForm:route:1")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("gpcForm:endpoint")).isEmpty());
    assertTrue(driver.findElements(By.id("orgForm:organisationId")).isEmpty());
    assertTrue(driver.findElement(By.id("gpcBookingNote")).getText().contains("NHS login"));
    driver.findElement(By.id("routeForm:saveRoute")).click();
    waitForText(driver, By.id("routeForm:summary"), "Save the GP Connect settings first");

    fill(driver, "gpcForm:endpoint", "ftp://provider.example.nhs.uk/gpc");
    fill(driver, "gpcForm:providerAsid", "12ab");
    fill(driver, "gpcForm:providerOdsCode", "");
    driver.findElement(By.id("gpcForm:saveGpConnect")).click();
    waitForText(driver, By.id("gpcForm:endpointError"), "https://");
    Pages.assertErrorSummaryFocused(driver, "gpcForm", 3);
    assertTrue(driver.findElement(By.id("gpcForm:providerAsidError")).getText().contains("12"));
    assertTrue(
        driver.findElement(By.id("gpcForm:providerOdsCodeError")).getText().contains("ODS code"));
    assertEquals(
        "ftp://provider.example.nhs.uk/gpc",
        driver.findElement(By.id("gpcForm:endpoint")).getDomProperty("value"),
        "what was typed stays in the field beside its error");
    assertEquals(
        "true", driver.findElement(By.id("gpcForm:providerAsid")).getAttribute("aria-invalid"));
    Browser.screenshot(driver, "settings-gp-connect-errors");
    Accessibility.assertNoViolations(driver, "Feature settings, GP Connect with field errors");

    String endpoint = "https://provider.example.nhs.uk/" + ods + "/STU3/1/gpconnect";
    fill(driver, "gpcForm:endpoint", endpoint);
    fill(driver, "gpcForm:providerAsid", "9189 9919 8993");
    fill(driver, "gpcForm:providerOdsCode", ods.toLowerCase());
    driver.findElement(By.id("gpcForm:saveGpConnect")).click();
    waitForText(driver, By.id("gpcForm:summary"), "GP Connect settings saved");
    driver.findElement(By.id("routeForm:saveRoute")).click();
    waitForText(driver, By.id("routeForm:summary"), "through GP Connect");

    driver.navigate().refresh();
    assertTrue(driver.findElement(By.id("routeForm:route:1")).isSelected(), "GP Connect saved");
    assertEquals(endpoint, driver.findElement(By.id("gpcForm:endpoint")).getDomProperty("value"));
    assertEquals(
        "918999198993", driver.findElement(By.id("gpcForm:providerAsid")).getDomProperty("value"));
    assertEquals(ods, driver.findElement(By.id("gpcForm:providerOdsCode")).getDomProperty("value"));
    assertTrue(
        driver.findElement(By.id("gpcForm:gpcLastChange")).getText().contains("by support.desk"));
    Browser.screenshot(driver, "settings-gp-connect");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(driver, "settings-route-gp-connect");
    Accessibility.assertNoViolations(driver, "Feature settings, GP Connect in use");
    assertEquals(
        "GP_CONNECT",
        api.get("api/v1/practices/" + ods + "/integration-route", Demo.PLATFORM_KEY)
            .json()
            .getString("route"));

    driver.get(api.uri("practice/audit.xhtml?ods=" + ods).toString());
    String audit =
        waitForText(driver, By.id("auditForm:audit"), "Integration route changed").getText();
    assertTrue(audit.contains("GP Connect provider ASID changed"), audit);
    assertTrue(audit.contains("Changed from EMIS partner API to GP Connect"), audit);
  }

  @Test
  void aSaveOnAPageOpenedBeforeTheFirstSaveSaysSomeoneElseChangedIt() {
    String ods = openSettingsOfAFreshPractice();
    String usernameHint = driver.findElement(By.id("usernameHint")).getText();
    assertTrue(usernameHint.contains("EMAS Manager") && usernameHint.contains("Edit Users"));
    assertTrue(driver.findElement(By.id("passwordHint")).getText().contains("every time you save"));
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('userHeading').scrollIntoView()");
    Browser.screenshot(driver, "settings-api-user-hints");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");

    var first =
        api.put(
            "api/v1/practices/" + ods + "/emis-settings/organisation-id",
            Demo.PLATFORM_KEY,
            "{\"organisationId\":\"50111\"}");
    assertEquals(200, first.status(), first::toString);
    fill(driver, "orgForm:organisationId", "50222");
    driver.findElement(By.id("orgForm:updateOrganisationId")).click();

    String message =
        waitForText(driver, By.id("orgForm:summary"), "changed by someone else").getText();
    assertTrue(message.contains("Reload"), message);
    Browser.screenshot(driver, "settings-changed-by-someone-else");
    assertEquals(
        "50111",
        api.get("api/v1/practices/" + ods + "/emis-settings", Demo.PLATFORM_KEY)
            .json()
            .getString("organisationId"));
  }

  @Test
  void aButtonPressedAfterTheSessionEndedLeadsToSignInWithAReason() {
    openSettingsOfAFreshPractice();
    driver.manage().deleteCookieNamed("JSESSIONID"); // what 30 idle minutes do

    fill(driver, "orgForm:organisationId", "50333");
    driver.findElement(By.id("orgForm:updateOrganisationId")).click();

    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("login.xhtml?expired=true"));
    assertTrue(waitForText(driver, By.id("expired"), "signed out").getText().contains("not saved"));
    Browser.screenshot(driver, "signed-out-after-timeout");
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    assertTrue(!driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
  }

  @Test
  void aButtonOnAPageWhoseStateIsGoneReloadsThePageWithAReason() {
    String ods = openSettingsOfAFreshPractice();
    // the server no longer knows this page (too many pages opened since, or a restart)
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(e => e.value = '1234:5678')");

    fill(driver, "orgForm:organisationId", "50444");
    driver.findElement(By.id("orgForm:updateOrganisationId")).click();

    waitForText(driver, By.id("expiredNotice"), "open too long");
    assertTrue(driver.getCurrentUrl().contains("ods=" + ods), driver.getCurrentUrl());
    assertTrue(
        api.get("api/v1/practices/" + ods + "/emis-settings", Demo.PLATFORM_KEY)
            .json()
            .isNull("organisationId"));
  }

  /**
   * What a staff member's browser downloads: every file the sign-in page links to has a version in
   * its address and is cached for a year, text comes compressed, and PrimeFaces' widget script is
   * the cut one (issue 16: a first load within 200 KB, repeat loads only the page).
   */
  @Test
  void theFilesAPageLinksToAreVersionedCompressedAndCachedForAYear() throws Exception {
    // as browsers speak to it: HTTP/1.1 (they never upgrade plain HTTP to HTTP/2)
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String page = api.uri("login.xhtml").toString();
    String html =
        http.send(HttpRequest.newBuilder(URI.create(page)).build(), BodyHandlers.ofString()).body();
    Matcher linked = Pattern.compile("/jakarta\\.faces\\.resource/[^\"]+").matcher(html);
    int files = 0;
    while (linked.find()) {
      files++;
      String address = linked.group().replace("&amp;", "&");
      assertTrue(address.matches(".*[?&]v=.*"), address + " has no version");
      HttpResponse<byte[]> file = fetch(http, address);
      assertEquals(200, file.statusCode(), address);
      assertEquals(
          "public, max-age=31536000, immutable",
          file.headers().firstValue("Cache-Control").orElse(""),
          address);
      if (file.body().length
          >= 860) { // smaller answers are not worth compressing (pre-boot-commands)
        assertEquals("gzip", file.headers().firstValue("Content-Encoding").orElse(""), address);
      }
      if (address.contains("components.js")) {
        String script =
            new String(
                new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(address.contains("-lean"), address);
        assertTrue(script.contains("PrimeFaces.widget.DataTable="), "the table widget is kept");
        assertTrue(!script.contains("PrimeFaces.widget.TreeTable="), "unused widgets are cut");
      }
    }
    assertTrue(files >= 5, "the sign-in page links to " + files + " files");

    HttpResponse<byte[]> unversioned = fetch(http, "/jakarta.faces.resource/css/app.css.xhtml");
    assertEquals("no-cache", unversioned.headers().firstValue("Cache-Control").orElse(""));
  }

  private HttpResponse<byte[]> fetch(HttpClient http, String address) throws Exception {
    return http.send(
        HttpRequest.newBuilder(api.uri(address)).header("Accept-Encoding", "gzip").build(),
        BodyHandlers.ofByteArray());
  }
}
