package uk.practiceconnect.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core's WCAG 2.2 A/AA rules on the page the browser shows; any violation fails. */
public final class Accessibility {

  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Accessibility() {}

  /** axe at zero on WCAG 2.2 AA, and nothing refused by the page's Content-Security-Policy. */
  public static void assertNoViolations(WebDriver driver, String page) {
    Browser.assertNothingRefused(driver, page);
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail(
          page
              + " has accessibility violations:\n"
              + violations.stream()
                  .map(
                      v ->
                          "  ["
                              + v.getImpact()
                              + "] "
                              + v.getId()
                              + ": "
                              + v.getHelp()
                              + " at "
                              + v.getNodes().get(0).getTarget())
                  .collect(Collectors.joining("\n")));
    }
  }
}
