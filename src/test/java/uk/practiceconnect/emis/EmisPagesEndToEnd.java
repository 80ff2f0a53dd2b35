package uk.practiceconnect.emis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.testing.Pages.fill;
import static uk.practiceconnect.testing.Pages.signIn;
import static uk.practiceconnect.testing.Pages.waitForText;

import java.net.URL;
import java.time.Duration;
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
import uk.practiceconnect.testing.Server;

/**
 * The connection test and troubleshooting as a practice manager uses them, in headless Chromium:
 * Hillview (A81002, Allow Login unticked in the demo) tests its link, reads the fix, ticks Allow
 * Login on the sandbox's EMAS Manager page and tests again. The demo is put back as shipped at the
 * end, so other tests see it unchanged.
 */
public abstract class EmisPagesEndToEnd {

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

  WebElement check(String code) {
    return driver.findElement(By.cssSelector("#checks li[data-code='" + code + "']"));
  }

  void testConnection(String expectedOutcome) {
    driver.get(api.uri("practice/settings.xhtml").toString());
    driver.findElement(By.id("testForm:testConnection")).click();
    new WebDriverWait(driver, Duration.ofSeconds(40))
        .until(
            d ->
                !d.findElements(
                        By.cssSelector("#testSummary[data-outcome='" + expectedOutcome + "']"))
                    .isEmpty());
  }

  @Test
  void hillviewFindsTheMissingTickFixesItInEmasManagerAndTestsAgain() {
    try {
      signIn(driver, api, "hillview.manager", Demo.PASSWORD);
      testConnection("FAILED");
      WebElement failed = check("LOGIN_ALLOWED");
      assertEquals("FAILED", failed.getAttribute("data-outcome"));
      String text = failed.getText();
      assertTrue(text.contains("Failed") && text.contains("(9)"), text);
      assertTrue(text.contains("How to fix it"), text);
      assertTrue(
          text.contains("EMAS Manager › Partner API tab") && text.contains("Login Access"), text);
      assertTrue(text.contains("log out of EMIS and log back in"), text);
      assertEquals("PASSED", check("APPLICATION_ACTIVE").getAttribute("data-outcome"));
      assertEquals("SKIPPED", check("AUTO_LOGIN").getAttribute("data-outcome"));
      assertTrue(check("AUTO_LOGIN").getText().contains("Skipped"));
      Browser.screenshot(driver, "emis-test-login-allowed-failed");
      Accessibility.assertNoViolations(driver, "Feature settings with a failed connection test");

      driver.navigate().refresh();
      WebElement banner = driver.findElement(By.id("integrationBanner"));
      assertTrue(banner.getText().contains("not working"), banner.getText());
      assertEquals("BROKEN", banner.getAttribute("data-state"));

      driver.get(api.uri("practice/troubleshooting.xhtml").toString());
      WebElement step = driver.findElement(By.cssSelector("li[data-step='LOGIN_ACCESS']"));
      assertEquals("PROBLEM", step.getAttribute("data-state"));
      assertNotNull(step.findElement(By.tagName("details")).getAttribute("open"));
      assertTrue(step.getText().contains("Needs fixing") && step.getText().contains("What to do"));
      assertEquals(
          "DONE",
          driver
              .findElement(By.cssSelector("li[data-step='EDIT_USERS']"))
              .getAttribute("data-state"));
      assertEquals(
          "ADVICE",
          driver
              .findElement(By.cssSelector("li[data-step='LOG_OUT_AND_IN']"))
              .getAttribute("data-state"),
          "logging out of EMIS is never what the test needs: it logs on afresh");
      Browser.screenshot(driver, "emis-troubleshooting-broken");
      Accessibility.assertNoViolations(driver, "Troubleshooting");

      driver.get(api.uri("practice/inbox.xhtml").toString());
      WebElement notice =
          waitForText(
              driver, By.cssSelector("li[data-unread='true']"), "EMIS link has stopped working");
      notice.findElement(By.tagName("summary")).click();
      assertTrue(notice.getText().contains("Login Access"), notice.getText());
      Browser.screenshot(driver, "emis-inbox-notice");
      Accessibility.assertNoViolations(driver, "Inbox");
      notice.findElement(By.tagName("button")).click();
      waitForText(driver, By.id("unreadCount"), "nothing unread");

      driver.get(api.uri("sandbox/emas-manager.xhtml?cdb=50002").toString());
      WebElement allow = driver.findElement(By.id("emas:loginAccess:0:allowLogin"));
      assertFalse(allow.isSelected(), "the demo ships with Allow Login unticked");
      allow.click();
      driver.findElement(By.id("emas:saveLoginAccess")).click();
      waitForText(driver, By.id("emas:messages"), "Login Access saved");
      Browser.screenshot(driver, "emis-emas-manager-allow-login");

      testConnection("PASSED");
      assertEquals("PASSED", check("LOGIN_ALLOWED").getAttribute("data-outcome"));
      assertEquals("PASSED", check("API_CALLS_ACTIVE").getAttribute("data-outcome"));
      Browser.screenshot(driver, "emis-test-passed");
      driver.navigate().refresh();
      assertTrue(
          driver.findElements(By.id("integrationBanner")).isEmpty(), "no banner when working");
      driver.get(api.uri("practice/troubleshooting.xhtml").toString());
      assertEquals(
          6,
          driver.findElements(By.cssSelector("li[data-state='DONE']")).size(),
          "every step a test can prove is done");
      assertEquals(
          "ADVICE",
          driver
              .findElement(By.cssSelector("li[data-step='LOG_OUT_AND_IN']"))
              .getAttribute("data-state"));
    } finally {
      restoreTheDemo();
    }
  }

  static final String NOTICE = "Your EMIS link has stopped working";

  /** The "stopped working" notices in the signed-in practice's inbox. */
  long brokenNotices() {
    driver.get(api.uri("practice/inbox.xhtml").toString());
    waitForText(driver, By.id("unreadCount"), "");
    return driver.findElements(By.cssSelector("li[data-message]")).stream()
        .filter(li -> li.getText().contains(NOTICE))
        .count();
  }

  String testByApi() {
    Api.Reply r =
        api.post("api/v1/practices/A81002/emis-settings/connection-test", Demo.PLATFORM_KEY, "");
    assertEquals(200, r.status(), r::toString);
    return r.json().getString("outcome");
  }

  void allowLogin(boolean allow) {
    Api.Reply r =
        api.send(
            "PUT",
            "sandbox/emis/admin/v1/organisations/50002/users/practiceconnect/login-access",
            null,
            "{\"allowLogin\":" + allow + ",\"autoLogin\":true}",
            java.util.Map.of());
    assertEquals(200, r.status(), r::toString);
  }

  @Test
  void aBrokenLinkGetsOneInboxNoticeHoweverManyChecksFailAndANewOneOnlyAfterWorkingAgain() {
    try {
      signIn(driver, api, "hillview.manager", Demo.PASSWORD);
      assertEquals("FAILED", testByApi()); // broken (as the demo ships), noticed at least once
      long before = brokenNotices();
      assertTrue(before >= 1, "the first break was announced");
      for (int i = 0; i < 3; i++) {
        assertEquals("FAILED", testByApi());
      }
      Api.Reply sweep = api.post("api/v1/integration-status/sweep", Demo.PLATFORM_KEY, "");
      assertEquals(200, sweep.status(), sweep::toString);
      assertEquals(before, brokenNotices(), "still the same breakage: no new notice");

      allowLogin(true);
      assertEquals("PASSED", testByApi());
      assertEquals(before, brokenNotices(), "working again is no breakage");
      WebElement again = waitForText(driver, By.cssSelector("li[data-message]"), "works again");
      assertEquals("true", again.getAttribute("data-unread"), "the practice is told, first");
      assertTrue(
          driver.findElements(By.cssSelector("li[data-message]")).stream()
              .filter(li -> li.getText().contains(NOTICE))
              .allMatch(li -> "false".equals(li.getAttribute("data-unread"))),
          "the stopped-working notices no longer count as new");
      Accessibility.assertNoViolations(driver, "Inbox after the link works again");

      allowLogin(false);
      for (int i = 0; i < 3; i++) {
        assertEquals("FAILED", testByApi());
      }
      assertEquals(before + 1, brokenNotices(), "broken again after working: one new notice");
      WebElement newest =
          driver.findElements(By.cssSelector("li[data-message]")).stream()
              .filter(li -> li.getText().contains(NOTICE))
              .findFirst()
              .orElseThrow();
      assertEquals("true", newest.getAttribute("data-unread"), "the newest comes first, unread");
    } finally {
      restoreTheDemo();
    }
  }

  /** Allow Login unticked again for 50002, and A81002's status back to what the demo ships. */
  void restoreTheDemo() {
    Api.Reply r =
        api.send(
            "PUT",
            "sandbox/emis/admin/v1/organisations/50002/users/practiceconnect/login-access",
            null,
            "{\"allowLogin\":false,\"autoLogin\":true}",
            java.util.Map.of());
    assertEquals(200, r.status(), r::toString);
    Api.Reply test =
        api.post("api/v1/practices/A81002/emis-settings/connection-test", Demo.PLATFORM_KEY, "");
    assertEquals(200, test.status(), test::toString);
    assertEquals("FAILED", test.json().getString("outcome"));
  }

  static String state(WebDriver d, String ods) {
    return d.findElement(By.cssSelector("span[data-ods='" + ods + "']")).getAttribute("data-state");
  }

  @Test
  void theSupportDeskSeesEveryPracticeInWordsAndReadOnlyKeysCannotRunTests() {
    signIn(driver, api, "support.desk", Demo.PASSWORD);
    driver.get(api.uri("platform/integrations.xhtml").toString());
    // the first status check may still be running on a busy machine: check everyone now
    Api.Reply sweep = api.post("api/v1/integration-status/sweep", Demo.PLATFORM_KEY, "");
    assertEquals(200, sweep.status(), sweep::toString);
    driver.navigate().refresh();
    assertEquals("OK", state(driver, "A81001"));
    assertEquals("BROKEN", state(driver, "A81002"));
    WebElement riverside = driver.findElement(By.cssSelector("span[data-ods='A81001']"));
    WebElement hillview = driver.findElement(By.cssSelector("span[data-ods='A81002']"));
    assertEquals("Working", riverside.getText().replace("✔", "").strip());
    assertEquals("Not working", hillview.getText().replace("✖", "").strip());
    String table = driver.findElement(By.id("tableForm:integrations")).getText();
    assertTrue(table.contains("Allow Login is ticked for the API user (LOGIN_ALLOWED)"), table);
    Browser.screenshot(driver, "emis-integrations-table");
    Accessibility.assertNoViolations(driver, "EMIS integrations");

    driver.get(api.uri("platform/api-keys.xhtml").toString());
    String name = "Hillview status reader " + System.nanoTime() % 100000;
    fill(driver, "keyForm:name", name);
    new Select(driver.findElement(By.id("keyForm:scope"))).selectByValue("A81002");
    driver.findElement(By.id("keyForm:issue")).click();
    String key = waitForText(driver, By.id("issuedKey"), "pc_").getText().strip();
    Api.Reply read = api.get("api/v1/practices/A81002/integration-status", key);
    assertEquals(200, read.status(), read::toString);
    assertEquals("BROKEN", read.json().getString("state"));
    Api.Reply run = api.post("api/v1/practices/A81002/emis-settings/connection-test", key, "");
    assertEquals(403, run.status(), run::toString);
    assertEquals("FORBIDDEN", run.json().getString("code"));
  }
}
