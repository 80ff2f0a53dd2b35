package uk.practiceconnect.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hazard log against the code, in the unit tests so a renamed test fails fast: every test it
 * names exists as a test method (the CI check after the test phases, {@link HazardLogCheck}, then
 * proves each one ran and passed). And the check itself: it fails on a test that did not run, was
 * skipped or failed, and finds end-to-end tests under EndToEndIT's nested class names.
 */
class HazardLogTest {

  static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");
  static final Path END_TO_END = Path.of("src/test/java/uk/practiceconnect/EndToEndIT.java");

  @Test
  void everyHazardNamesATestAndEveryTestItNamesExists() throws Exception {
    HazardLog log = HazardLog.read(LOG);
    assertTrue(log.testsByHazard().size() >= 10, "hazards found: " + log.testsByHazard().keySet());
    List<String> problems = new ArrayList<>();
    log.testsByHazard()
        .forEach(
            (hazard, tests) -> {
              if (tests.isEmpty()) {
                problems.add(hazard + " names no test");
              }
            });
    Path classes =
        Path.of(HazardLogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (HazardLog.TestRef ref : log.allTests()) {
      List<Class<?>> found = classesNamed(classes, ref.simpleClassName());
      if (found.isEmpty()) {
        problems.add(ref + ": no test class " + ref.simpleClassName());
      } else if (found.stream().noneMatch(c -> hasTestMethod(c, ref.method()))) {
        problems.add(ref + ": no test method " + ref.method() + " in " + found);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckPassesWhenEveryNamedTestRanAndPassed(@TempDir Path dir) throws Exception {
    Path log = write(dir, "log.md", "## H01 x\n`RuleTest#capCounts`, `BookingApiEndToEnd#books`\n");
    Path reports = Files.createDirectories(dir.resolve("h2/surefire-reports"));
    report(
        reports,
        "a.RuleTest",
        testcase("a.RuleTest", "capCounts(long)[1]", ""),
        testcase("a.RuleTest", "capCounts(long)[2]", ""));
    // a parallel group's test case may land in another group's file
    report(
        reports,
        "x.EndToEndIT$ThenTexts$PagesLane$BookingPages",
        testcase("x.EndToEndIT$ThenTexts$ApiLane$BookingApi", "books", ""));
    assertEquals(List.of(), HazardLogCheck.check(log, endToEnd(dir), List.of(dir)));
  }

  @Test
  void theCheckNamesEachTestThatDidNotRunWasSkippedOrFailed(@TempDir Path dir) throws Exception {
    Path log =
        write(
            dir,
            "log.md",
            "## H01 a\n`RuleTest#gone`\n## H02 b\n`RuleTest#skipped` `BookingApiEndToEnd#books`\n"
                + "## H03 c\nno test named\n");
    Path reports = Files.createDirectories(dir.resolve("pg"));
    report(reports, "a.RuleTest", testcase("a.RuleTest", "skipped", "<skipped/>"));
    report(
        reports,
        "x.EndToEndIT$ThenTexts$ApiLane$BookingApi",
        testcase("x.EndToEndIT$ThenTexts$ApiLane$BookingApi", "books", "<failure message='no'/>"));
    List<String> problems = HazardLogCheck.check(log, endToEnd(dir), List.of(dir));
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("H03 names no test"), problems.toString());
    assertTrue(problems.get(1).startsWith("RuleTest#gone did not run"), problems.toString());
    assertTrue(problems.get(2).startsWith("RuleTest#skipped was skipped"), problems.toString());
    assertTrue(problems.get(3).startsWith("BookingApiEndToEnd#books failed"), problems.toString());
  }

  @Test
  void theCheckFailsWhenThereAreNoReportsAtAll(@TempDir Path dir) throws Exception {
    Path log = write(dir, "log.md", "## H01 a\n`RuleTest#capCounts`\n");
    List<String> problems = HazardLogCheck.check(log, endToEnd(dir), List.of(dir.resolve("none")));
    assertTrue(problems.get(0).startsWith("no test cases in the reports"), problems.toString());
  }

  private static Path endToEnd(Path dir) throws Exception {
    return write(
        dir,
        "EndToEndIT.java",
        "class X { @Nested class BookingApi extends BookingApiEndToEnd {} }");
  }

  private static String testcase(String className, String name, String inside) {
    return "<testcase name=\""
        + name
        + "\" classname=\""
        + className
        + "\" time=\"0.1\">"
        + inside
        + "</testcase>";
  }

  private static void report(Path folder, String suite, String... cases) throws Exception {
    write(
        folder,
        "TEST-" + suite + ".xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><testsuite name=\""
            + suite
            + "\">"
            + String.join("", cases)
            + "</testsuite>");
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static List<Class<?>> classesNamed(Path root, String simpleName) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      List<Class<?>> found = new ArrayList<>();
      for (Path f :
          files.filter(p -> p.getFileName().toString().equals(simpleName + ".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
        found.add(Class.forName(name.substring(0, name.length() - ".class".length())));
      }
      return found;
    }
  }

  /** A method of that name with @Test or @ParameterizedTest, declared here or inherited. */
  private static boolean hasTestMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)
            && Arrays.stream(m.getAnnotations())
                .map(a -> a.annotationType().getSimpleName())
                .anyMatch(Map.of("Test", 1, "ParameterizedTest", 1)::containsKey)) {
          return true;
        }
      }
    }
    return false;
  }
}
