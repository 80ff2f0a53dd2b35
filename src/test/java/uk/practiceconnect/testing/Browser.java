package uk.practiceconnect.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the page tests. Without Chromium the tests are skipped with a hint
 * (so the README's test command passes on a bare JDK + Maven machine), except under CI=true, where
 * a missing browser fails the run.
 */
public final class Browser {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  public static WebDriver open(Dimension window) {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but Chromium is missing: apt-get install -y chromium chromium-driver");
    }
    assumeTrue(
        present,
        "Browser tests skipped: install Chromium with 'apt-get install -y chromium chromium-driver'");
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1",
          "--user-data-dir=" + Files.createTempDirectory("pc-chromium"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    // the console, so page tests can see what the Content-Security-Policy refused
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    WebDriver driver = new ChromeDriver(service, options);
    resize(driver, window);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);

  public static WebDriver desktop() {
    return open(DESKTOP);
  }

  public static WebDriver phone() {
    return open(PHONE);
  }

  /**
   * Makes a browser shared by a group's tests as good as new for the next test: no cookies (so no
   * session), no storage, a blank page, this window size.
   */
  public static void reset(WebDriver driver, Dimension window) {
    try {
      ((JavascriptExecutor) driver)
          .executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
    } catch (WebDriverException e) {
      // a page without storage (about:blank, an error page): nothing to clear
    }
    if (driver instanceof ChromeDriver chrome) {
      chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    } else {
      driver.manage().deleteAllCookies();
    }
    driver.get("about:blank");
    resize(driver, window);
  }

  /**
   * A phone- or desktop-sized window for the next steps of a test. Headless Chromium keeps a window
   * at least 500 px wide, so a phone's width is given to the page as the device's own (as a phone
   * would: its viewport, not a narrow desktop window); a desktop size takes that away again.
   */
  public static void resize(WebDriver driver, Dimension window) {
    driver.manage().window().setSize(window);
    if (driver instanceof ChromeDriver chrome) {
      if (window.getWidth() < 500) {
        chrome.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width",
                window.getWidth(),
                "height",
                window.getHeight(),
                "deviceScaleFactor",
                1,
                "mobile",
                true));
      } else {
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
  }

  /**
   * Fails when the page is wider than the window (WCAG 2.2 reflow: nothing but a wide table in its
   * own scrolling box may make a reader scroll sideways), naming the elements that stick out.
   */
  public static void assertNoSidewaysScroll(WebDriver driver, String page) {
    Object wider =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = document.documentElement.clientWidth;"
                    + "if (document.documentElement.scrollWidth <= w) return null;"
                    + "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1"
                    + " || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
                    + " && getComputedStyle(e).overflowX === 'visible')).slice(0, 5)"
                    + ".map(e => e.tagName + (e.id ? '#' + e.id : '')).join(', ')"
                    + " + ' (page ' + document.documentElement.scrollWidth + ' px, window ' + w + ')';");
    if (wider != null) {
      throw new AssertionError(page + " scrolls sideways: " + wider);
    }
  }

  /** Quits a shared browser at the end of its group (null: it never opened). */
  public static void quit(WebDriver driver) {
    if (driver != null) {
      driver.quit();
    }
  }

  /**
   * Fails when the browser refused anything under the page's Content-Security-Policy since the last
   * look (a script, a handler or a style the policy does not allow: a part of the page that
   * silently does not work).
   */
  public static void assertNothingRefused(WebDriver driver, String page) {
    List<String> refused =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    if (!refused.isEmpty()) {
      throw new AssertionError(page + ": the browser refused\n  " + String.join("\n  ", refused));
    }
  }

  /** Keeps a picture of the page under target/screenshots for a person to look at. */
  public static void screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
