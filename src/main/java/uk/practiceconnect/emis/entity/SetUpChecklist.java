package uk.practiceconnect.emis.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set-up checklist ticked from a connection test, saying only what the checks proved: a step is
 * done when all its checks passed, has a problem when one of them failed, is partly checked when
 * some passed and the others did not run (an earlier failure stopped them), and is not checked yet
 * when none ran. A step no check can prove is advice. The first step with a problem is the one to
 * open, with what to do.
 */
public final class SetUpChecklist {

  /** How one step stands. */
  public enum State {
    DONE("✔", "Done"),
    PROBLEM("✖", "Needs fixing"),
    PARTLY_DONE("◐", "Partly checked"),
    NOT_CHECKED("?", "Not checked yet"),
    ADVICE("i", "Advice: nothing to check");

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
  public record Item(SetUpStep step, State state, String detail, String fix, boolean open)
      implements Serializable {}

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
      String detail =
          state == State.PARTLY_DONE
              ? partly(step, test.orElseThrow())
              : failed.map(ConnectionCheck::detail).orElse(null);
      items.add(new Item(step, state, detail, failed.map(ConnectionCheck::fix).orElse(null), open));
    }
    return items;
  }

  static State stateOf(SetUpStep step, ConnectionTestResult test) {
    if (step.shownBy().isEmpty()) {
      return State.ADVICE;
    }
    int passed = 0;
    for (CheckCode code : step.shownBy()) {
      Optional<ConnectionCheck> c = test.check(code);
      if (c.isPresent() && c.get().isFailed()) {
        return State.PROBLEM;
      }
      if (c.isPresent() && c.get().isPassed()) {
        passed++;
      }
    }
    if (passed == step.shownBy().size()) {
      return State.DONE;
    }
    return passed > 0 ? State.PARTLY_DONE : State.NOT_CHECKED;
  }

  /** For a partly checked step: what was proven and what is still to be checked. */
  static String partly(SetUpStep step, ConnectionTestResult test) {
    List<String> proven = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    for (CheckCode code : step.shownBy()) {
      boolean ok = test.check(code).map(ConnectionCheck::isPassed).orElse(false);
      (ok ? proven : waiting).add(code.title());
    }
    return "Proven by the last test: "
        + String.join("; ", proven)
        + ". Not checked yet, because an earlier check failed: "
        + String.join("; ", waiting)
        + ".";
  }
}
