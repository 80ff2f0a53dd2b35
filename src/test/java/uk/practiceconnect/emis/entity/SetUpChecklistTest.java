package uk.practiceconnect.emis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.SetUpChecklist.State;
import uk.practiceconnect.practice.entity.IntegrationRoute;

class SetUpChecklistTest {

  static ConnectionTestResult failingAt(CheckCode failing) {
    List<ConnectionCheck> checks = new ArrayList<>();
    for (CheckCode c : CheckCode.of(IntegrationRoute.EMIS)) {
      if (failing == null || c.ordinal() < failing.ordinal()) {
        checks.add(ConnectionCheck.passed(c, "ok"));
      } else if (c == failing) {
        checks.add(ConnectionCheck.failed(c, "seen", "do this"));
      } else {
        checks.add(ConnectionCheck.skipped(c));
      }
    }
    return new ConnectionTestResult(Instant.EPOCH, checks, true, 10);
  }

  static State state(List<SetUpChecklist.Item> items, SetUpStep step) {
    return items.stream().filter(i -> i.step() == step).findFirst().orElseThrow().state();
  }

  @Test
  void withoutATestNothingIsTicked() {
    var items = SetUpChecklist.of(Optional.empty());
    assertEquals(SetUpStep.values().length, items.size());
    assertTrue(items.stream().allMatch(i -> i.state() == State.NOT_CHECKED && !i.open()));
  }

  @Test
  void aPassedTestTicksEveryStepButTheAdvice() {
    var items = SetUpChecklist.of(Optional.of(failingAt(null)));
    assertTrue(
        items.stream()
            .allMatch(
                i ->
                    i.state()
                        == (i.step() == SetUpStep.LOG_OUT_AND_IN ? State.ADVICE : State.DONE)));
  }

  @Test
  void anEditUsersPasswordThatDiffersLeavesTheUserProvenAndItsRoleToBeChecked() {
    var items = SetUpChecklist.of(Optional.of(failingAt(CheckCode.PARTNER_PASSWORD_MATCHES)));
    var addUser = items.stream().filter(i -> i.step() == SetUpStep.ADD_USER).findFirst().get();
    assertEquals(State.PARTLY_DONE, addUser.state(), "EMIS accepted the user's own password");
    assertTrue(addUser.detail().contains(CheckCode.CREDENTIALS_VALID.title()), addUser.detail());
    assertTrue(addUser.detail().contains(CheckCode.RBAC_ROLE.title()), addUser.detail());
    assertEquals(State.PROBLEM, state(items, SetUpStep.EDIT_USERS));
    assertEquals(State.DONE, state(items, SetUpStep.API_USER));
    assertEquals(State.ADVICE, state(items, SetUpStep.LOG_OUT_AND_IN));
  }

  @Test
  void loginAllowedUntickedOpensTheLoginAccessStepWithItsFix() {
    var items = SetUpChecklist.of(Optional.of(failingAt(CheckCode.LOGIN_ALLOWED)));
    assertEquals(State.DONE, state(items, SetUpStep.ADD_USER));
    assertEquals(State.DONE, state(items, SetUpStep.EDIT_USERS));
    assertEquals(State.PROBLEM, state(items, SetUpStep.LOGIN_ACCESS));
    assertEquals(State.PARTLY_DONE, state(items, SetUpStep.REACTIVATE), "active, calls unchecked");
    assertEquals(State.ADVICE, state(items, SetUpStep.LOG_OUT_AND_IN), "the test logs on afresh");
    var open = items.stream().filter(SetUpChecklist.Item::open).toList();
    assertEquals(1, open.size(), "only the first step with a problem is opened");
    assertEquals(SetUpStep.LOGIN_ACCESS, open.get(0).step());
    assertEquals("do this", open.get(0).fix());
    assertNotNull(open.get(0).detail());
  }

  @Test
  void aDeactivatedCallOpensTheReactivateStep() {
    var items = SetUpChecklist.of(Optional.of(failingAt(CheckCode.API_CALLS_ACTIVE)));
    assertEquals(State.PROBLEM, state(items, SetUpStep.REACTIVATE));
    assertEquals(State.DONE, state(items, SetUpStep.LOGIN_ACCESS));
  }

  @Test
  void missingSettingsPointAtPracticeConnectsOwnSteps() {
    var items = SetUpChecklist.of(Optional.of(failingAt(CheckCode.SETTINGS_COMPLETE)));
    assertEquals(State.PROBLEM, state(items, SetUpStep.ORGANISATION_ID));
    assertEquals(State.NOT_CHECKED, state(items, SetUpStep.ADD_USER));
    assertFalse(items.stream().anyMatch(i -> i.state() == State.DONE));
  }

  @Test
  void everyStepIsShownByAtLeastOneCheckAndEveryCheckShowsAStep() {
    for (SetUpStep s : SetUpStep.values()) {
      assertEquals(s == SetUpStep.LOG_OUT_AND_IN, s.shownBy().isEmpty(), s.name());
    }
    for (CheckCode c : CheckCode.of(IntegrationRoute.EMIS)) {
      assertTrue(
          java.util.Arrays.stream(SetUpStep.values()).anyMatch(s -> s.shownBy().contains(c)),
          c.name());
    }
  }

  @Test
  void aTestKnowsWhichRouteItChecked() {
    ConnectionTestResult emis = failingAt(null);
    assertTrue(emis.checked(IntegrationRoute.EMIS));
    assertFalse(emis.checked(IntegrationRoute.GP_CONNECT));
    ConnectionTestResult gpConnect =
        new ConnectionTestResult(
            Instant.EPOCH,
            List.of(ConnectionCheck.passed(CheckCode.GPC_SETTINGS_COMPLETE, "ok")),
            true,
            10);
    assertTrue(gpConnect.checked(IntegrationRoute.GP_CONNECT));
    assertFalse(gpConnect.checked(IntegrationRoute.EMIS));
    assertFalse(
        new ConnectionTestResult(Instant.EPOCH, List.of(), true, 0).checked(IntegrationRoute.EMIS));
  }
}
