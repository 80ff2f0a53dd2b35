package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.control.HandOver.Due;
import uk.practiceconnect.reminders.control.HandOver.Send;
import uk.practiceconnect.reminders.control.HandOver.Skip;
import uk.practiceconnect.reminders.control.HandOver.Wait;
import uk.practiceconnect.reminders.entity.CancellationCutoff;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.reminders.entity.SendingWindow;
import uk.practiceconnect.reminders.entity.SmsTemplate;

/** The sending window and the rest, applied again when a due reminder is handed over. */
class HandOverTest {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final ReminderRule RULE =
      new ReminderRule(
          true,
          List.of(ReminderOffset.ONE_DAY),
          SendingWindow.DEFAULT,
          SmsTemplate.DEFAULT,
          CancellationCutoff.DEFAULT);

  static Instant uk(String t) {
    return LocalDateTime.parse(t).atZone(UK).toInstant();
  }

  static HandOver.Decision at(String now, String appointment) {
    return HandOver.decide(RULE, new Due(uk(appointment), false, true), uk(now));
  }

  @Test
  void insideTheWindowItGoesAndMayGoUntilTheWindowCloses() {
    assertEquals(new Send(uk("2026-11-24T20:00")), at("2026-11-24T10:00", "2026-11-25T10:00"));
  }

  @Test
  void itMayNotGoAfterTheAppointmentStartsWhenThatComesBeforeTheWindowCloses() {
    assertEquals(new Send(uk("2026-11-24T18:30")), at("2026-11-24T17:00", "2026-11-24T18:30"));
  }

  @Test
  void dueLateAtNightAfterABacklogItWaitsForTheMorning() {
    // planned for 19:00, handed over only at 23:00 (downtime): not now, at 08:00
    assertEquals(new Wait(uk("2026-11-25T08:00")), at("2026-11-24T23:00", "2026-11-25T11:00"));
    assertEquals(new Wait(uk("2026-11-25T08:00")), at("2026-11-25T06:59", "2026-11-25T11:00"));
  }

  @Test
  void isNotSentWhenTheWindowOpensOnlyAfterTheAppointment() {
    assertEquals(
        new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.AFTER_APPOINTMENT),
        at("2026-11-24T22:00", "2026-11-25T07:45"));
    assertEquals(
        new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.AFTER_APPOINTMENT),
        at("2026-11-24T22:00", "2026-11-25T08:00"));
  }

  @Test
  void theWindowEndIsExclusive() {
    assertEquals(new Wait(uk("2026-11-25T08:00")), at("2026-11-24T20:00", "2026-11-25T12:00"));
    assertEquals(new Send(uk("2026-11-24T20:00")), at("2026-11-24T19:59:59", "2026-11-25T12:00"));
  }

  @Test
  void onTheDayTheClocksGoForwardTheWindowIsUkTime() {
    // 29 March 2026: 19:30 UTC is 20:30 BST, after the window
    assertEquals(
        new Wait(Instant.parse("2026-03-30T07:00:00Z")),
        HandOver.decide(
            RULE,
            new Due(uk("2026-03-30T10:00"), false, true),
            Instant.parse("2026-03-29T19:30:00Z")));
    // 18:30 UTC is 19:30 BST: it goes, until 20:00 BST = 19:00 UTC
    assertEquals(
        new Send(Instant.parse("2026-03-29T19:00:00Z")),
        HandOver.decide(
            RULE,
            new Due(uk("2026-03-30T10:00"), false, true),
            Instant.parse("2026-03-29T18:30:00Z")));
  }

  @Test
  void onTheDayTheClocksGoBackTheWindowIsUkTime() {
    // 25 October 2026: 07:30 UTC is 07:30 GMT, before the window that opens at 08:00 GMT
    assertEquals(
        new Wait(Instant.parse("2026-10-25T08:00:00Z")),
        HandOver.decide(
            RULE,
            new Due(uk("2026-10-25T12:00"), false, true),
            Instant.parse("2026-10-25T07:30:00Z")));
    // the day before, 07:30 UTC was 08:30 BST: inside, until 20:00 BST = 19:00 UTC
    assertEquals(
        new Send(Instant.parse("2026-10-24T19:00:00Z")),
        HandOver.decide(
            RULE,
            new Due(uk("2026-10-25T12:00"), false, true),
            Instant.parse("2026-10-24T07:30:00Z")));
  }

  @Test
  void aNightWindowInTheHourThatHappensTwiceNeverWaitsForAMomentPast() {
    ReminderRule night =
        new ReminderRule(
            true,
            List.of(ReminderOffset.ONE_DAY),
            new SendingWindow(LocalTime.of(1, 30), LocalTime.of(3, 0)),
            SmsTemplate.DEFAULT,
            CancellationCutoff.DEFAULT);
    // 01:15 GMT, after the clocks went back: 01:30 BST was an hour ago; it waits for 01:30 GMT
    assertEquals(
        new Wait(Instant.parse("2026-10-25T01:30:00Z")),
        HandOver.decide(
            night,
            new Due(uk("2026-10-25T12:00"), false, true),
            Instant.parse("2026-10-25T01:15:00Z")));
  }

  @Test
  void stopsForAnAppointmentThatStartedAnOptOutNoMobileOrRemindersOff() {
    assertEquals(
        new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.APPOINTMENT_STARTED),
        at("2026-11-24T10:00", "2026-11-24T10:00"));
    assertEquals(
        new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.OPTED_OUT),
        HandOver.decide(RULE, new Due(uk("2026-11-25T10:00"), true, true), uk("2026-11-24T10:00")));
    assertEquals(
        new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.NO_MOBILE),
        HandOver.decide(
            RULE, new Due(uk("2026-11-25T10:00"), false, false), uk("2026-11-24T10:00")));
    assertEquals(
        new Skip(ReminderStatus.CANCELLED, ReminderReason.REMINDERS_OFF),
        HandOver.decide(
            RULE.withEnabled(false),
            new Due(uk("2026-11-25T10:00"), false, true),
            uk("2026-11-24T10:00")));
  }
}
