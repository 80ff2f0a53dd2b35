package uk.practiceconnect.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The test cases Surefire and Failsafe reported (their TEST-*.xml files, in any folder below the
 * ones given), and whether each test the hazard log names ran and passed.
 *
 * <p>A Failsafe report of the end-to-end suite may hold another group's test cases (the groups run
 * in parallel), so every file is read and each test case is taken by its own classname attribute,
 * never by its file's name. A parameterised test appears once per invocation ({@code
 * name(long)[2]}): all of them count.
 */
public final class TestEvidence {

  public enum Outcome {
    PASSED,
    SKIPPED,
    FAILED
  }

  /** One test case: its class as reported ({@code a.b.EndToEndIT$ThenTexts$ApiLane$BookingApi}). */
  public record Case(String className, String method, Outcome outcome, Path file) {

    /** The innermost class's simple name: {@code BookingApi}, {@code ReminderPlannerTest}. */
    String innermost() {
      String s = className.substring(className.lastIndexOf('.') + 1);
      return s.substring(s.lastIndexOf('$') + 1);
    }
  }

  private final List<Case> cases;

  private TestEvidence(List<Case> cases) {
    this.cases = List.copyOf(cases);
  }

  public static TestEvidence read(List<Path> folders) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f :
            files
                .filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                .sorted()
                .toList()) {
          cases.addAll(casesIn(f));
        }
      }
    }
    return new TestEvidence(cases);
  }

  static List<Case> casesIn(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("testcase");
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        cases.add(
            new Case(
                e.getAttribute("classname"), method(e.getAttribute("name")), outcome(e), file));
      }
      return cases;
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot read test report " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code minimumNotice(long, RuleBreach)[1]} → {@code minimumNotice}. */
  static String method(String reported) {
    int cut = reported.length();
    for (char c : new char[] {'(', '['}) {
      int at = reported.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return reported.substring(0, cut).strip();
  }

  /** A flaky test that passed on a rerun has flakyFailure, not failure: it counts as passed. */
  private static Outcome outcome(Element testcase) {
    if (testcase.getElementsByTagName("failure").getLength() > 0
        || testcase.getElementsByTagName("error").getLength() > 0) {
      return Outcome.FAILED;
    }
    if (testcase.getElementsByTagName("skipped").getLength() > 0) {
      return Outcome.SKIPPED;
    }
    return Outcome.PASSED;
  }

  public int size() {
    return cases.size();
  }

  /**
   * What is wrong with one named test: null when it ran and passed everywhere it ran; otherwise why
   * not (never ran, skipped, failed).
   *
   * @param runNames EndToEndIT's nested class names by the group class they extend
   */
  public String problem(HazardLog.TestRef ref, Map<String, String> runNames) {
    String simple = ref.simpleClassName();
    String runName = runNames.get(simple);
    boolean qualified = ref.className().contains(".");
    List<Case> found =
        cases.stream()
            .filter(c -> c.method().equals(ref.method()))
            .filter(
                c ->
                    qualified
                        ? c.className().equals(ref.className())
                        : c.innermost().equals(simple)
                            || (runName != null
                                && c.innermost().equals(runName)
                                && c.className().contains("EndToEndIT$")))
            .toList();
    if (found.isEmpty()) {
      return ref + " did not run (no test case in the reports: renamed, deleted, or not run)";
    }
    List<Case> failed = found.stream().filter(c -> c.outcome() == Outcome.FAILED).toList();
    if (!failed.isEmpty()) {
      return ref + " failed (" + failed.get(0).className() + ", " + failed.get(0).file() + ")";
    }
    if (found.stream().noneMatch(c -> c.outcome() == Outcome.PASSED)) {
      return ref + " was skipped (" + found.get(0).className() + ")";
    }
    return null;
  }
}
