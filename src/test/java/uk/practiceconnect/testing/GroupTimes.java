package uk.practiceconnect.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes {@code target/failsafe-reports/end-to-end-times.txt}: each group's wall time, slowest
 * first, and under it each of its tests' times. With groups running side by side, failsafe's XML
 * reports file a test under whichever group's report was open when it ended (each test case still
 * names its own class): this file is the one to read for where the time goes.
 */
public final class GroupTimes
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final Map<String, Long> STARTED = new ConcurrentHashMap<>();
  private static final Map<String, Double> GROUPS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> TESTS = new ConcurrentHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    STARTED.put(context.getUniqueId(), System.nanoTime());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    STARTED.put(context.getUniqueId(), System.nanoTime());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String group = context.getRequiredTestClass().getSimpleName();
    String line =
        String.format(
            "  %7.1f s  %s%s",
            seconds(context),
            context.getDisplayName(),
            context.getExecutionException().isPresent() ? "  FAILED" : "");
    synchronized (TESTS) {
      TESTS.computeIfAbsent("group " + group, g -> new ArrayList<>()).add(line);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Class<?> testClass = context.getRequiredTestClass();
    if (testClass.isAnnotationPresent(Nested.class)) {
      String kind = testClass.getSuperclass() == Object.class ? "phase or lane " : "group ";
      GROUPS.put(kind + testClass.getSimpleName(), seconds(context));
      return;
    }
    StringBuilder out =
        new StringBuilder(
            String.format("%7.1f s  %s (all groups, wall time)%n", seconds(context), testClass));
    GROUPS.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(
            g -> {
              out.append(String.format("%7.1f s  %s%n", g.getValue(), g.getKey()));
              synchronized (TESTS) {
                out.append(
                    TESTS.getOrDefault(g.getKey(), List.of()).stream()
                        .sorted((a, b) -> b.compareTo(a))
                        .map(l -> l + System.lineSeparator())
                        .collect(Collectors.joining()));
              }
            });
    Path file = Path.of("target", "failsafe-reports", "end-to-end-times.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out);
  }

  private static double seconds(ExtensionContext context) {
    Long started = STARTED.remove(context.getUniqueId());
    return started == null ? 0 : (System.nanoTime() - started) / 1e9;
  }
}
