package uk.practiceconnect.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CI's check that every test the hazard log names ran and passed (.ci/run, after the test phases):
 *
 * <pre>
 * java -cp target/test-classes uk.practiceconnect.safety.HazardLogCheck \
 *     docs/clinical-safety/hazard-log.md src/test/java/uk/practiceconnect/EndToEndIT.java \
 *     target/test-evidence/h2 target/test-evidence/postgresql
 * </pre>
 *
 * Exits 1, naming each test, when one did not run (renamed, deleted, left out of the run), was
 * skipped or failed; also when the log names no tests or the reports hold none.
 */
public final class HazardLogCheck {

  private HazardLogCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: HazardLogCheck <hazard-log.md> <EndToEndIT.java> <report folder>...");
      System.exit(2);
    }
    List<String> problems =
        check(
            Path.of(args[0]), Path.of(args[1]), Arrays.stream(args).skip(2).map(Path::of).toList());
    if (!problems.isEmpty()) {
      System.err.println("Hazard log check FAILED: " + problems.size() + " problem(s)");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
  }

  static List<String> check(Path log, Path endToEnd, List<Path> reportFolders) throws Exception {
    HazardLog hazards = HazardLog.read(log);
    Map<String, String> runNames = HazardLog.runNames(Files.readString(endToEnd));
    TestEvidence evidence = TestEvidence.read(reportFolders);
    List<String> problems = new ArrayList<>();
    if (hazards.allTests().isEmpty()) {
      problems.add(log + " names no tests (written `ClassName#methodName`)");
    }
    if (evidence.size() == 0) {
      problems.add("no test cases in the reports under " + reportFolders);
    }
    hazards
        .testsByHazard()
        .forEach(
            (hazard, tests) -> {
              if (tests.isEmpty()) {
                problems.add(hazard + " names no test that proves its controls");
              }
            });
    for (HazardLog.TestRef ref : hazards.allTests()) {
      String problem = evidence.problem(ref, runNames);
      if (problem != null) {
        problems.add(problem);
      }
    }
    System.out.println(
        "Hazard log: "
            + hazards.testsByHazard().size()
            + " hazards, "
            + hazards.allTests().size()
            + " tests named, "
            + evidence.size()
            + " test cases in the reports, "
            + problems.size()
            + " problem(s)");
    return problems;
  }
}
