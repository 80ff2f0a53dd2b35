package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.emis.control.FaultPlan.Decision;
import uk.practiceconnect.sandbox.emis.control.FaultPlan.Kind;
import uk.practiceconnect.sandbox.emis.entity.Fault;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

class FaultPlanTest {

  final AtomicReference<Double> dice = new AtomicReference<>(0.5);
  final FaultPlan plan = new FaultPlan(dice::get);

  @Test
  void withoutFaultsEveryCallPassesAtOnce() {
    assertEquals(Decision.NONE, plan.decide(PartnerCall.BOOK_APPOINTMENT));
  }

  @Test
  void latencyAppliesToEveryCallOfTheFault() {
    plan.put(new Fault("*", 50, 0, 0, 0));
    assertEquals(new Decision(Kind.PASS, 50), plan.decide(PartnerCall.LOGON));
    assertEquals(new Decision(Kind.PASS, 50), plan.decide(PartnerCall.GET_SLOTS));
  }

  @Test
  void theDiceSplitIntoErrorThenTimeoutThenRateLimitThenPass() {
    plan.put(new Fault("GetSlots", 0, 0.2, 0.3, 0.1));
    dice.set(0.0);
    assertEquals(Kind.ERROR, plan.decide(PartnerCall.GET_SLOTS).kind());
    dice.set(0.19);
    assertEquals(Kind.ERROR, plan.decide(PartnerCall.GET_SLOTS).kind());
    dice.set(0.2);
    assertEquals(Kind.TIMEOUT, plan.decide(PartnerCall.GET_SLOTS).kind());
    dice.set(0.49);
    assertEquals(Kind.TIMEOUT, plan.decide(PartnerCall.GET_SLOTS).kind());
    dice.set(0.55);
    assertEquals(Kind.RATE_LIMITED, plan.decide(PartnerCall.GET_SLOTS).kind());
    dice.set(0.6);
    assertEquals(Kind.PASS, plan.decide(PartnerCall.GET_SLOTS).kind());
  }

  @Test
  void errorRateOfOneFailsEveryCall() {
    plan.put(new Fault("*", 0, 1.0, 0, 0));
    dice.set(0.999999);
    assertEquals(Kind.ERROR, plan.decide(PartnerCall.GET_MATCHED_PATIENT).kind());
  }

  @Test
  void aFaultForOneCallWinsOverTheFaultForAll() {
    plan.put(new Fault("*", 10, 1.0, 0, 0));
    plan.put(new Fault("bookappointment", 20, 0, 0, 0));
    assertEquals(new Decision(Kind.PASS, 20), plan.decide(PartnerCall.BOOK_APPOINTMENT));
    assertEquals(new Decision(Kind.ERROR, 10), plan.decide(PartnerCall.GET_SLOTS));
    assertEquals("BookAppointment", plan.all().get(1).call());
  }

  @Test
  void clearingRemovesEveryFault() {
    plan.put(new Fault("*", 10, 1.0, 0, 0));
    plan.clear();
    assertEquals(Decision.NONE, plan.decide(PartnerCall.GET_SLOTS));
  }

  @Test
  void unknownCallNamesAreRejected() {
    assertThrows(SandboxFailure.class, () -> plan.put(new Fault("GetEverything", 0, 0, 0, 0)));
    assertThrows(SandboxFailure.class, () -> plan.put(new Fault(" ", 0, 0, 0, 0)));
  }

  @Test
  void aFaultOfOneOrganisationLeavesTheOthersAloneAndWinsOverTheGlobalOne() {
    plan.put(new Fault("*", null, 10, 0, 0, 0));
    plan.put(new Fault("GetSlots", "70001", 0, 1.0, 0, 0));
    assertEquals(new Decision(Kind.ERROR, 0), plan.decide(PartnerCall.GET_SLOTS, "70001"));
    assertEquals(new Decision(Kind.PASS, 10), plan.decide(PartnerCall.GET_SLOTS, "70002"));
    assertEquals(new Decision(Kind.PASS, 10), plan.decide(PartnerCall.GET_SLOTS));
    assertEquals(new Decision(Kind.PASS, 10), plan.decide(PartnerCall.LOGON, "70001"));
  }

  @Test
  void allCallsOfAnOrganisationWinOverOneCallOfEveryOrganisation() {
    plan.put(new Fault("GetSlots", null, 5, 0, 0, 0));
    plan.put(new Fault("*", "70001", 7, 0, 0, 0));
    assertEquals(7, plan.decide(PartnerCall.GET_SLOTS, "70001").latencyMs());
    assertEquals(5, plan.decide(PartnerCall.GET_SLOTS, "70002").latencyMs());
  }

  @Test
  void eachFaultCountsTheCallsItDecided() {
    plan.put(new Fault("BookAppointment", "70001", 0, 1.0, 0, 0));
    plan.put(new Fault("BookAppointment", null, 0, 0, 0, 0));
    plan.decide(PartnerCall.BOOK_APPOINTMENT, "70001");
    plan.decide(PartnerCall.BOOK_APPOINTMENT, "70002");
    plan.decide(PartnerCall.BOOK_APPOINTMENT, "70002");
    assertEquals(List.of(2L, 1L), plan.all().stream().map(FaultPlan.Applied::applied).toList());
    assertEquals("70001", plan.all().get(1).organisationId());
    plan.put(new Fault("BookAppointment", "70001", 0, 1.0, 0, 0));
    assertEquals(0, plan.all().get(1).applied(), "setting a fault again starts its count again");
  }

  @Test
  void clearingOneOrganisationKeepsTheOthersFaults() {
    plan.put(new Fault("*", "70001", 0, 1.0, 0, 0));
    plan.put(new Fault("*", null, 0, 1.0, 0, 0));
    plan.clear("70001");
    assertEquals(1, plan.all().size());
    assertEquals(null, plan.all().get(0).organisationId());
  }

  @Test
  void anOrganisationIdMustBeACdbNumber() {
    assertThrows(SandboxFailure.class, () -> new Fault("*", "A81001", 0, 0, 0, 0));
  }
}
