package uk.practiceconnect.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docs/clinical-safety/hazard-log.md says about tests: each hazard ({@code ## H01 …}) and the
 * tests that prove its controls, written {@code `ClassName#methodName`}. End-to-end groups are
 * named by their abstract class ({@code BookingApiEndToEnd}); {@link #runNames} maps them to the
 * nested classes of EndToEndIT they run as ({@code BookingApi}).
 */
public record HazardLog(Map<String, Set<TestRef>> testsByHazard) {

  static final Pattern HAZARD = Pattern.compile("^##\\s+(H\\d+)\\b", Pattern.MULTILINE);
  static final Pattern REF =
      Pattern.compile("`((?:[a-z][\\w]*\\.)*[A-Z][\\w$]*)#([a-zA-Z_][\\w]*)`");
  static final Pattern NESTED_GROUP = Pattern.compile("class\\s+(\\w+)\\s+extends\\s+(\\w+)");

  /** One test named in the log: a class (simple or qualified name) and a method. */
  public record TestRef(String className, String method) {
    public String simpleClassName() {
      String s = className.substring(className.lastIndexOf('.') + 1);
      return s.substring(s.lastIndexOf('$') + 1);
    }

    @Override
    public String toString() {
      return className + "#" + method;
    }
  }

  public static HazardLog read(Path markdown) throws IOException {
    return parse(Files.readString(markdown));
  }

  public static HazardLog parse(String markdown) {
    Map<String, Set<TestRef>> byHazard = new LinkedHashMap<>();
    Matcher h = HAZARD.matcher(markdown);
    int[] starts = h.results().mapToInt(r -> r.start()).toArray();
    h.reset();
    int i = 0;
    while (h.find()) {
      int end = i + 1 < starts.length ? starts[i + 1] : markdown.length();
      Set<TestRef> refs = new LinkedHashSet<>();
      Matcher r = REF.matcher(markdown.substring(h.start(), end));
      while (r.find()) {
        refs.add(new TestRef(r.group(1), r.group(2)));
      }
      byHazard.merge(
          h.group(1),
          refs,
          (a, b) -> {
            a.addAll(b);
            return a;
          });
      i++;
    }
    return new HazardLog(byHazard);
  }

  public Set<TestRef> allTests() {
    Set<TestRef> all = new LinkedHashSet<>();
    testsByHazard.values().forEach(all::addAll);
    return all;
  }

  /**
   * The nested classes of EndToEndIT by the abstract group class they extend, read from its source
   * ({@code class BookingApi extends BookingApiEndToEnd {}}).
   */
  public static Map<String, String> runNames(String endToEndSource) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher m = NESTED_GROUP.matcher(endToEndSource);
    while (m.find()) {
      names.put(m.group(2), m.group(1));
    }
    return names;
  }
}
