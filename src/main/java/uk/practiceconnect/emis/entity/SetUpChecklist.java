package uk.practiceconnect.emis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set-up checklist ticked from a connection test: a step is done when all its checks passed,
 * has a problem when one of them failed, and is unknown otherwise (skipped, or no test yet). The
 * first step with a problem is the one to open, with what to do.
 */
public final class SetUpChecklist {

  /** How one step stands. */
  public enum State {
    DONE("✔", "Done"),
    PROBLEM("✖", "Needs fixing"),
    NOT_CHECKED("?", "Not checked yet");

    private final String symbol;
    private final String label;

    State(String symbol, String label) {
      this.symbol = symbol;
      this.label = label;
    }

    public String symbol() {
      return symbol;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A step with its state; for a problem, what the failed check saw and how to fix it; {@code open}
   * for the first step with a problem.
   */
  public record Item(SetUpStep step, State state, String detail, String fix, boolean open) {}

  private SetUpChecklist() {}

  public static List<Item> of(Optional<ConnectionTestResult> test) {
    List<Item> items = new ArrayList<>();
    boolean opened = false;
    for (SetUpStep step : SetUpStep.values()) {
      State state = test.map(t -> stateOf(step, t)).orElse(State.NOT_CHECKED);
      Optional<ConnectionCheck> failed =
          test.flatMap(
              t ->
                  t.checks().stream()
                      .filter(c -> c.isFailed() && step.shownBy().contains(c.code()))
                      .findFirst());
      boolean open = state == State.PROBLEM && !opened;
      opened |= open;
      items.add(
          new Item(
              step,
              state,
              failed.map(ConnectionCheck::detail).orElse(null),
              failed.map(ConnectionCheck::fix).orElse(null),
              open));
    }
    return items;
  }

  static State stateOf(SetUpStep step, ConnectionTestResult test) {
    boolean allPassed = true;
    for (CheckCode code : step.shownBy()) {
      ConnectionCheck c = test.check(code).orElse(null);
      if (c == null) {
        return State.NOT_CHECKED;
      }
      if (c.isFailed()) {
        return State.PROBLEM;
      }
      allPassed &= c.isPassed();
    }
    return allPassed ? State.DONE : State.NOT_CHECKED;
  }
}
