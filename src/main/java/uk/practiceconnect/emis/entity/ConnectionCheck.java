package uk.practiceconnect.emis.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * One check of a connection test: whether it passed, what was seen ({@code detail}, with EMIS's
 * numeric outcome where there is one) and, for a failure, what to do about it ({@code fix}).
 */
public record ConnectionCheck(CheckCode code, Outcome outcome, String detail, String fix)
    implements Serializable {

  /** A check passes, fails, or is skipped because an earlier failure stopped it from running. */
  public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
  }

  public ConnectionCheck {
    Objects.requireNonNull(code);
    Objects.requireNonNull(outcome);
  }

  public static ConnectionCheck passed(CheckCode code, String detail) {
    return new ConnectionCheck(code, Outcome.PASSED, detail, null);
  }

  public static ConnectionCheck failed(CheckCode code, String detail, String fix) {
    return new ConnectionCheck(code, Outcome.FAILED, detail, fix);
  }

  public static ConnectionCheck skipped(CheckCode code) {
    return new ConnectionCheck(
        code,
        Outcome.SKIPPED,
        "Not checked: an earlier check failed, so this one could not run.",
        null);
  }

  public String title() {
    return code.title();
  }

  public boolean isPassed() {
    return outcome == Outcome.PASSED;
  }

  public boolean isFailed() {
    return outcome == Outcome.FAILED;
  }

  public boolean isSkipped() {
    return outcome == Outcome.SKIPPED;
  }
}
