package uk.practiceconnect.emis.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.practice.entity.IntegrationRoute;

/**
 * A whole connection test: every check in order. It passed when every check did. {@code
 * emisAnswered} is false when the first failure was EMIS not answering (not a set-up problem).
 */
public record ConnectionTestResult(
    Instant checkedAt, List<ConnectionCheck> checks, boolean emisAnswered, long durationMillis)
    implements Serializable {

  public ConnectionTestResult {
    checks = List.copyOf(checks);
  }

  public boolean passed() {
    return checks.stream().allMatch(ConnectionCheck::isPassed);
  }

  public Optional<ConnectionCheck> failure() {
    return checks.stream().filter(ConnectionCheck::isFailed).findFirst();
  }

  public Optional<CheckCode> failingCheck() {
    return failure().map(ConnectionCheck::code);
  }

  /** The settings themselves are missing: nothing was asked of EMIS. */
  public boolean notConfigured() {
    return failingCheck().filter(c -> c == CheckCode.SETTINGS_COMPLETE).isPresent();
  }

  /** Whether this test checked the link by that route (its checks are that route's). */
  public boolean checked(IntegrationRoute route) {
    return !checks.isEmpty() && checks.get(0).code().route() == route;
  }

  public Optional<ConnectionCheck> check(CheckCode code) {
    return checks.stream().filter(c -> c.code() == code).findFirst();
  }

  public ConnectionTestResult took(long millis) {
    return new ConnectionTestResult(checkedAt, checks, emisAnswered, millis);
  }
}
