package uk.practiceconnect.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small steps the page tests share: sign in, fill a field, wait for text. */
public final class Pages {

  private Pages() {}

  public static void signIn(WebDriver driver, Api api, String username, String password) {
    try {
      trySignIn(driver, api, username, password);
    } catch (org.openqa.selenium.TimeoutException e) {
      // seen once in CI with many groups signing in at once, cause not found: say what the page
      // showed (and keep a screenshot), then sign in once more from a fresh sign-in page
      Browser.screenshot(driver, "sign-in-stuck-" + username);
      String shown = driver.findElement(By.tagName("body")).getText();
      System.err.println(
          "sign-in as " + username + " did not land (" + driver.getCurrentUrl() + "): " + shown);
      trySignIn(driver, api, username, password);
    }
  }

  private static void trySignIn(WebDriver driver, Api api, String username, String password) {
    driver.get(api.uri("login.xhtml").toString());
    fill(driver, "login:username", username);
    fill(driver, "login:password", password);
    driver.findElement(By.id("login:submit")).click();
    // signed in once the redirects after the sign-in have landed on a page with the Sign out
    // button: a page opened while they are still under way can race the new session cookie
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .withMessage("signed in as " + username)
        .until(
            d ->
                !d.getCurrentUrl().contains("login.xhtml")
                    && !d.findElements(By.id("account:signOut")).isEmpty()
                    && "complete"
                        .equals(
                            ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
  }

  public static void fill(WebDriver driver, String id, String value) {
    WebElement field;
    try {
      field = driver.findElement(By.id(id));
    } catch (org.openqa.selenium.NoSuchElementException e) {
      Browser.screenshot(driver, "missing-" + id.replace(':', '-'));
      throw new AssertionError(
          "no field " + id + " on " + driver.getCurrentUrl() + " (screenshot missing-…)", e);
    }
    // A form an answer is still replacing can swap the field out from under the typing: type
    // again until the page holds the value (and has held it for a moment).
    long giveUp = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      try {
        field.clear();
        field.sendKeys(value);
        Thread.sleep(150);
        WebElement now = driver.findElement(By.id(id));
        if (now.equals(field) || value.equals(now.getDomProperty("value"))) {
          return; // the same field (whatever a page script made of the text), or it kept the value
        }
      } catch (StaleElementReferenceException e) {
        // replaced while typing: find it again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("field " + id + " would not keep the value typed into it");
      }
      field = driver.findElement(By.id(id));
    }
  }

  /**
   * Waits up to 30 s for the text; when it does not come, the failure says what the element and the
   * page's message summaries said instead, and a screenshot {@code timeout-…} and the test servers'
   * thread stacks are kept (a request that never answered shows where it waits).
   */
  public static WebElement waitForText(WebDriver driver, By where, String text) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30))
          // While a page is being replaced Chrome can report a node from the old document either
          // as stale or as an "inspector error"; both mean "look again".
          .ignoring(StaleElementReferenceException.class)
          .ignoring(WebDriverException.class)
          .withMessage(
              () ->
                  "\""
                      + text
                      + "\" in "
                      + where
                      + "; it says \""
                      + textOf(driver, where)
                      + "\"; the summaries say \""
                      + textOf(driver, By.cssSelector(".pc-summary, .error-summary"))
                      + "\"")
          .until(
              d -> {
                WebElement e = d.findElements(where).stream().findFirst().orElse(null);
                return e != null && e.getText().contains(text) ? e : null;
              });
    } catch (TimeoutException e) {
      String name = "timeout-" + System.currentTimeMillis();
      Browser.screenshot(driver, name);
      ServerThreads.dump(name);
      throw e;
    }
  }

  private static String textOf(WebDriver driver, By where) {
    try {
      return String.join(
          " | ", driver.findElements(where).stream().map(WebElement::getText).toList());
    } catch (WebDriverException e) {
      return "(unreadable: " + e.getClass().getSimpleName() + ")";
    }
  }

  public static void waitForVisible(WebDriver driver, By where) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(where));
  }

  /**
   * The form's error summary has the focus (as the patient pages' does), says "There is a problem"
   * and links to each of {@code fields} wrong fields.
   */
  public static void assertErrorSummaryFocused(WebDriver driver, String form, int fields) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .withMessage("the error summary of " + form + " takes the focus")
        .until(
            d -> d.switchTo().activeElement().getAttribute("class").contains("pc-error-summary"));
    WebElement summary =
        driver.findElement(
            By.cssSelector("#" + form.replace(":", "\\:") + "\\:summary .pc-error-summary"));
    if (!summary.getText().contains("There is a problem")) {
      throw new AssertionError("summary says: " + summary.getText());
    }
    int links = summary.findElements(By.tagName("a")).size();
    if (links != fields) {
      throw new AssertionError(
          links + " links in the summary, not " + fields + ": " + summary.getText());
    }
  }
}
