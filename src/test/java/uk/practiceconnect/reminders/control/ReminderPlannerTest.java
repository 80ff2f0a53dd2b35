package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.reminders.control.ReminderPlanner.Change;
import uk.practiceconnect.reminders.control.ReminderPlanner.Existing;
import uk.practiceconnect.reminders.control.ReminderPlanner.Input;
import uk.practiceconnect.reminders.control.ReminderPlanner.Insert;
import uk.practiceconnect.reminders.control.ReminderPlanner.Refresh;
import uk.practiceconnect.reminders.control.ReminderPlanner.Stop;
import uk.practiceconnect.reminders.control.ReminderPlanner.Withdraw;
import uk.practiceconnect.reminders.entity.AppointmentFacts;
import uk.practiceconnect.reminders.entity.CancellationCutoff;
import uk.practiceconnect.reminders.entity.PatientKey;
import uk.practiceconnect.reminders.entity.PlanDecision;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.reminders.entity.SendingWindow;
import uk.practiceconnect.reminders.entity.SmsTemplate;

class ReminderPlannerTest {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final NhsNumber NHS = NhsNumber.of("943 476 5919");
  static final PatientKey PATIENT = PatientKey.of(1L, NHS);
  static final MobileNumber MOBILE = MobileNumber.of("07700 900123");

  static Instant uk(String t) {
    return LocalDateTime.parse(t).atZone(UK).toInstant();
  }

  static ReminderRule rule(ReminderOffset... offsets) {
    return new ReminderRule(
        true,
        List.of(offsets),
        SendingWindow.DEFAULT,
        SmsTemplate.DEFAULT,
        CancellationCutoff.DEFAULT);
  }

  static AppointmentFacts appt(String id, Instant start) {
    return new AppointmentFacts(
        id,
        start,
        "Dr A Patel",
        "Routine",
        "p1",
        NHS.masked(),
        PATIENT,
        MOBILE,
        true,
        LocalDate.of(1970, 1, 2));
  }

  static AppointmentFacts appt(
      String id, Instant start, MobileNumber mobile, boolean consent, String slotType) {
    return new AppointmentFacts(
        id,
        start,
        "Dr A Patel",
        slotType,
        "p1",
        NHS.masked(),
        PATIENT,
        mobile,
        consent,
        LocalDate.of(1970, 1, 2));
  }

  record Case(ReminderRule rule, Instant now, Set<SlotType> off, Set<PatientKey> optedOut) {
    List<Change> plan(List<AppointmentFacts> appts, List<Existing> existing) {
      return ReminderPlanner.plan(
          new Input(rule, off, optedOut, now, now.plus(Duration.ofDays(8)), now, appts, existing));
    }
  }

  static Case at(String now, ReminderOffset... offsets) {
    return new Case(rule(offsets), uk(now), Set.of(), Set.of());
  }

  static Existing existing(
      long id,
      String appt,
      ReminderOffset o,
      int rev,
      Instant start,
      ReminderStatus status,
      ReminderReason reason,
      Instant sendAt) {
    return new Existing(
        id, appt, o.minutes(), rev, start, status, reason, sendAt, MOBILE.value(), "Dr A Patel");
  }

  static PlanDecision decisionOf(Change c) {
    return c instanceof Insert i ? i.decision() : ((Refresh) c).decision();
  }

  @Test
  void plansOneDayBeforeByDefault() {
    var changes =
        at("2026-11-23T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T09:30"))), List.of());
    assertEquals(1, changes.size());
    Insert insert = assertInstanceOf(Insert.class, changes.get(0));
    assertEquals(PlanDecision.planned(uk("2026-11-24T09:30")), insert.decision());
    assertEquals(1, insert.revision());
  }

  @Test
  void plansOneReminderPerTime() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.of(2, 0), ReminderOffset.of(0, 2))
            .plan(List.of(appt("a1", uk("2026-11-25T12:00"))), List.of());
    assertEquals(
        List.of(
            PlanDecision.planned(uk("2026-11-23T12:00")),
            PlanDecision.planned(uk("2026-11-25T10:00"))),
        changes.stream().map(ReminderPlannerTest::decisionOf).toList());
  }

  @Test
  void movesAReminderDueAtNightToTheMorning() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T07:30"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-11-24T08:00")), decisionOf(changes.get(0)));
  }

  @Test
  void skipsAReminderWhoseWindowOpensAfterTheAppointment() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY, ReminderOffset.of(0, 2))
            .plan(List.of(appt("a1", uk("2026-11-25T07:30"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-11-24T08:00")), decisionOf(changes.get(0)));
    assertEquals(
        PlanDecision.notPlanned(ReminderReason.AFTER_APPOINTMENT), decisionOf(changes.get(1)));
  }

  @Test
  void twoTimesThatFallOnTheSameMorningSendOnlyOnce() {
    // 2 hours and 1 hour before 08:30 are both before 08:00: both would go at 08:00
    var changes =
        at("2026-11-20T10:00", ReminderOffset.of(0, 2), ReminderOffset.of(0, 1))
            .plan(List.of(appt("a1", uk("2026-11-25T08:30"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-11-25T08:00")), decisionOf(changes.get(0)));
    assertEquals(PlanDecision.notPlanned(ReminderReason.SAME_TIME), decisionOf(changes.get(1)));
  }

  @Test
  void aLateBookingGetsOnlyTheLaterReminder() {
    // booked one day ahead: the 2-day reminder's time has passed, the 2-hour one has not
    var changes =
        at("2026-11-24T12:00", ReminderOffset.of(2, 0), ReminderOffset.of(0, 2))
            .plan(List.of(appt("a1", uk("2026-11-25T12:00"))), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.BOOKED_LATE), decisionOf(changes.get(0)));
    assertEquals(PlanDecision.planned(uk("2026-11-25T10:00")), decisionOf(changes.get(1)));
  }

  @Test
  void anAppointmentBookedAfterEveryReminderTimeGetsOneReminderNow() {
    var changes =
        at("2026-11-25T09:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T15:00"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-11-25T09:00")), decisionOf(changes.get(0)));
  }

  @Test
  void aLateBookingOutsideTheWindowWaitsForTheMorning() {
    var changes =
        at("2026-11-24T22:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T11:00"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-11-25T08:00")), decisionOf(changes.get(0)));
  }

  @Test
  void noReminderWhenBookedLessThanAnHourAhead() {
    var changes =
        at("2026-11-25T09:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T09:40"))), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.TOO_CLOSE), decisionOf(changes.get(0)));
  }

  @Test
  void recordsWhyAPatientWithoutAMobileGetsNoReminder() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T09:00"), null, true, "Routine")), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.NO_MOBILE), decisionOf(changes.get(0)));
  }

  @Test
  void recordsWhyAPatientWithoutSmsConsentGetsNoReminder() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T09:00"), MOBILE, false, "Routine")), List.of());
    assertEquals(
        PlanDecision.notPlanned(ReminderReason.NO_SMS_CONSENT), decisionOf(changes.get(0)));
  }

  @Test
  void recordsAnOptOut() {
    Case c =
        new Case(rule(ReminderOffset.ONE_DAY), uk("2026-11-20T10:00"), Set.of(), Set.of(PATIENT));
    var changes = c.plan(List.of(appt("a1", uk("2026-11-25T09:00"))), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.OPTED_OUT), decisionOf(changes.get(0)));
  }

  @Test
  void honoursAnOptOutByMobileForAPatientWithoutAnNhsNumber() {
    PatientKey phone = PatientKey.ofMobile(1L, MOBILE);
    AppointmentFacts noNhsNumber =
        new AppointmentFacts(
            "a1",
            uk("2026-11-25T09:00"),
            "Dr A Patel",
            "Routine",
            "p1",
            null,
            null,
            MOBILE,
            true,
            LocalDate.of(1970, 1, 2),
            phone);
    Case c =
        new Case(rule(ReminderOffset.ONE_DAY), uk("2026-11-20T10:00"), Set.of(), Set.of(phone));
    assertEquals(
        PlanDecision.notPlanned(ReminderReason.OPTED_OUT),
        decisionOf(c.plan(List.of(noNhsNumber), List.of()).get(0)));
    // another practice's opt-out of the same phone is not this practice's
    assertTrue(!PatientKey.ofMobile(2L, MOBILE).equals(phone));
  }

  @Test
  void recordsASlotTypeSwitchedOff() {
    Case c =
        new Case(
            rule(ReminderOffset.ONE_DAY),
            uk("2026-11-20T10:00"),
            Set.of(SlotType.of("Telephone")),
            Set.of());
    var changes =
        c.plan(List.of(appt("a1", uk("2026-11-25T09:00"), MOBILE, true, "Telephone")), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.SLOT_TYPE_OFF), decisionOf(changes.get(0)));
  }

  @Test
  void aSlotTypeSwitchedOffCountsWhateverCaseEmisSpellsItIn() {
    Case c =
        new Case(
            rule(ReminderOffset.ONE_DAY),
            uk("2026-11-20T10:00"),
            Set.of(SlotType.of("Telephone")),
            Set.of());
    var changes =
        c.plan(List.of(appt("a1", uk("2026-11-25T09:00"), MOBILE, true, "TELEPHONE")), List.of());
    assertEquals(PlanDecision.notPlanned(ReminderReason.SLOT_TYPE_OFF), decisionOf(changes.get(0)));
  }

  @Test
  void anUnchangedAppointmentChangesNothing() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-23T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30"))));
    assertEquals(List.of(), changes);
  }

  @Test
  void aCancelledAppointmentCancelsItsPlannedReminders() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-23T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30"))));
    assertEquals(
        List.of(new Stop(7, ReminderStatus.CANCELLED, ReminderReason.APPOINTMENT_CANCELLED)),
        changes);
  }

  @Test
  void aReminderAlreadySentIsLeftAloneWhenItsAppointmentIsCancelled() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-24T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.QUEUED,
                        null,
                        uk("2026-11-24T09:30"))));
    assertEquals(List.of(), changes);
  }

  static Existing queued(long id, Instant start, boolean textWaiting) {
    return new Existing(
        id,
        "a1",
        ReminderOffset.ONE_DAY.minutes(),
        1,
        start,
        ReminderStatus.QUEUED,
        null,
        start.minus(Duration.ofDays(1)),
        MOBILE.value(),
        "Dr A Patel",
        true,
        textWaiting);
  }

  @Test
  void aTextStillWaitingInTheOutboxIsWithdrawnWhenItsAppointmentIsCancelled() {
    var changes =
        at("2026-11-24T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(), List.of(queued(7, uk("2026-11-25T09:30"), true)));
    assertEquals(List.of(new Withdraw(7, ReminderReason.APPOINTMENT_CANCELLED)), changes);
  }

  @Test
  void aMovedAppointmentWhoseTextHasNotGoneWithdrawsItAndGetsANewOne() {
    var changes =
        at("2026-11-24T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", uk("2026-11-27T14:00"))),
                List.of(queued(7, uk("2026-11-25T09:30"), true)));
    assertEquals(2, changes.size(), changes::toString);
    assertEquals(new Withdraw(7, ReminderReason.APPOINTMENT_MOVED), changes.get(0));
    Insert i = assertInstanceOf(Insert.class, changes.get(1));
    assertEquals(2, i.revision());
    assertEquals(PlanDecision.planned(uk("2026-11-26T14:00")), i.decision());
  }

  @Test
  void anAppointmentBackInTheBookAfterItsTextWasWithdrawnGetsANewRevision() {
    // the text went back to the outbox's WITHDRAWN; the reminder row says CANCELLED
    Instant start = uk("2026-11-25T09:30");
    Existing withdrawn =
        new Existing(
            7,
            "a1",
            ReminderOffset.ONE_DAY.minutes(),
            1,
            start,
            ReminderStatus.CANCELLED,
            ReminderReason.APPOINTMENT_CANCELLED,
            uk("2026-11-24T09:30"),
            MOBILE.value(),
            "Dr A Patel",
            true,
            false);
    var changes =
        at("2026-11-24T08:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", start)), List.of(withdrawn));
    Insert i = assertInstanceOf(Insert.class, changes.get(0));
    assertEquals(2, i.revision(), "a new reminder, so it gets a text of its own");
    assertEquals(PlanDecision.planned(uk("2026-11-24T09:30")), i.decision());
  }

  @Test
  void aMovedAppointmentRetimesItsPlannedReminder() {
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", uk("2026-11-26T14:00"))),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        uk("2026-11-25T09:30"),
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30"))));
    Refresh r = assertInstanceOf(Refresh.class, changes.get(0));
    assertEquals(7, r.id());
    assertEquals(PlanDecision.planned(uk("2026-11-25T14:00")), r.decision());
    assertEquals(uk("2026-11-26T14:00"), r.facts().start());
  }

  @Test
  void aMovedAppointmentWhoseReminderWentGetsANewOneForTheNewTime() {
    var changes =
        at("2026-11-24T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", uk("2026-11-27T14:00"))),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        uk("2026-11-25T09:30"),
                        ReminderStatus.QUEUED,
                        null,
                        uk("2026-11-24T09:30"))));
    Insert i = assertInstanceOf(Insert.class, changes.get(0));
    assertEquals(2, i.revision());
    assertEquals(PlanDecision.planned(uk("2026-11-26T14:00")), i.decision());
  }

  @Test
  void aDueReminderWaitingForDispatchKeepsItsTime() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-24T09:31", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30"))));
    assertEquals(List.of(), changes);
  }

  @Test
  void aNewMobileNumberIsPickedUpByAPlannedReminder() {
    Instant start = uk("2026-11-25T09:30");
    MobileNumber other = MobileNumber.of("07700 900456");
    var changes =
        at("2026-11-23T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start, other, true, "Routine")),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30"))));
    Refresh r = assertInstanceOf(Refresh.class, changes.get(0));
    assertEquals(other, r.facts().mobile());
    assertEquals(PlanDecision.planned(uk("2026-11-24T09:30")), r.decision());
  }

  @Test
  void aPatientWhoOptsOutAfterPlanningLosesThePlannedReminder() {
    Instant start = uk("2026-11-25T09:30");
    Case c =
        new Case(rule(ReminderOffset.ONE_DAY), uk("2026-11-23T10:00"), Set.of(), Set.of(PATIENT));
    var changes =
        c.plan(
            List.of(appt("a1", start)),
            List.of(
                existing(
                    7,
                    "a1",
                    ReminderOffset.ONE_DAY,
                    1,
                    start,
                    ReminderStatus.PLANNED,
                    null,
                    uk("2026-11-24T09:30"))));
    Refresh r = assertInstanceOf(Refresh.class, changes.get(0));
    assertEquals(PlanDecision.notPlanned(ReminderReason.OPTED_OUT), r.decision());
  }

  @Test
  void aMobileAddedLaterTurnsANotPlannedReminderIntoAPlannedOne() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-23T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    new Existing(
                        7,
                        "a1",
                        1440,
                        1,
                        start,
                        ReminderStatus.NOT_PLANNED,
                        ReminderReason.NO_MOBILE,
                        null,
                        null,
                        "Dr A Patel")));
    assertEquals(
        PlanDecision.planned(uk("2026-11-24T09:30")),
        assertInstanceOf(Refresh.class, changes.get(0)).decision());
  }

  @Test
  void aReminderTimeRemovedFromTheSettingsIsCancelled() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-24T09:30")),
                    existing(
                        8,
                        "a1",
                        ReminderOffset.of(2, 0),
                        1,
                        start,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-23T09:30"))));
    assertEquals(
        List.of(new Stop(8, ReminderStatus.CANCELLED, ReminderReason.TIME_REMOVED)), changes);
  }

  @Test
  void anAppointmentBackInTheBookIsPlannedAgain() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.CANCELLED,
                        ReminderReason.APPOINTMENT_CANCELLED,
                        uk("2026-11-24T09:30"))));
    assertEquals(
        PlanDecision.planned(uk("2026-11-24T09:30")),
        assertInstanceOf(Refresh.class, changes.get(0)).decision());
  }

  @Test
  void anAppointmentThePatientCancelledStaysCancelled() {
    Instant start = uk("2026-11-25T09:30");
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", start)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        start,
                        ReminderStatus.CANCELLED,
                        ReminderReason.CANCELLED_BY_PATIENT,
                        null)));
    assertEquals(List.of(), changes);
  }

  @Test
  void usesTheLatestRevisionOfAReminder() {
    Instant oldStart = uk("2026-11-25T09:30");
    Instant newStart = uk("2026-11-27T09:30");
    var changes =
        at("2026-11-24T12:00", ReminderOffset.ONE_DAY)
            .plan(
                List.of(appt("a1", newStart)),
                List.of(
                    existing(
                        7,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        1,
                        oldStart,
                        ReminderStatus.QUEUED,
                        null,
                        uk("2026-11-24T09:30")),
                    existing(
                        9,
                        "a1",
                        ReminderOffset.ONE_DAY,
                        2,
                        newStart,
                        ReminderStatus.PLANNED,
                        null,
                        uk("2026-11-26T09:30"))));
    assertEquals(List.of(), changes);
  }

  @Test
  void aStartedAppointmentIsIgnored() {
    var changes =
        at("2026-11-25T10:00", ReminderOffset.ONE_DAY)
            .plan(List.of(appt("a1", uk("2026-11-25T09:30"))), List.of());
    assertEquals(List.of(), changes);
  }

  @Test
  void remindsAcrossTheSpringClockChange() {
    // appointment Monday 30 March 2026 08:30 BST; 2 days before is Saturday 08:30 GMT
    var changes =
        at("2026-03-25T10:00", ReminderOffset.of(2, 0))
            .plan(List.of(appt("a1", uk("2026-03-30T08:30"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-03-28T08:30")), decisionOf(changes.get(0)));
  }

  @Test
  void remindsAcrossTheAutumnClockChange() {
    // 2 hours before 09:00 GMT on Sunday 25 October 2026 is 07:00 GMT: before the window
    var changes =
        at("2026-10-20T10:00", ReminderOffset.ONE_DAY, ReminderOffset.of(0, 2))
            .plan(List.of(appt("a1", uk("2026-10-25T09:00"))), List.of());
    assertEquals(PlanDecision.planned(uk("2026-10-24T09:00")), decisionOf(changes.get(0)));
    assertEquals(PlanDecision.planned(uk("2026-10-25T08:00")), decisionOf(changes.get(1)));
    assertEquals(Instant.parse("2026-10-25T08:00:00Z"), uk("2026-10-25T08:00"));
  }

  @Test
  void plansManyAppointmentsAtOnce() {
    List<AppointmentFacts> appts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      appts.add(appt("a" + i, uk("2026-11-25T09:00").plus(Duration.ofMinutes(10L * i))));
    }
    var changes =
        at("2026-11-20T10:00", ReminderOffset.ONE_DAY, ReminderOffset.of(0, 2))
            .plan(appts, List.of());
    assertEquals(200, changes.size());
    assertTrue(changes.stream().allMatch(c -> c instanceof Insert));
  }
}
