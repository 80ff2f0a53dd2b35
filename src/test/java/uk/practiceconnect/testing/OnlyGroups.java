package uk.practiceconnect.testing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs only some groups of the end-to-end suite when the system property {@code e2e.groups} names
 * them (nested class names, comma separated: {@code mvn verify -Ppostgresql
 * -De2e.groups=FoundationPages,EmisPages}); all of them when it is empty. For a developer repeating
 * one group; the suite in CI runs every group.
 */
public final class OnlyGroups implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String wanted = System.getProperty("e2e.groups", "").strip();
    var testClass = context.getTestClass().orElse(null);
    if (wanted.isEmpty()
        || testClass == null
        || !testClass.isAnnotationPresent(Nested.class)
        || testClass.getSuperclass() == Object.class // a phase or lane: holds groups
        || context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("every group runs");
    }
    Set<String> groups =
        Arrays.stream(wanted.split(",")).map(String::strip).collect(Collectors.toSet());
    return groups.contains(testClass.getSimpleName())
        ? ConditionEvaluationResult.enabled("e2e.groups names it")
        : ConditionEvaluationResult.disabled("not in e2e.groups=" + wanted);
  }
}
