package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class SendingWindowTest {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final SendingWindow WINDOW = SendingWindow.DEFAULT;

  static Instant uk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
  }

  @Test
  void aReminderDueInsideTheWindowGoesWhenDue() {
    assertEquals(
        Optional.of(uk("2026-11-24T09:30")),
        WINDOW.sendTime(uk("2026-11-24T09:30"), uk("2026-11-25T09:30")));
  }

  @Test
  void aReminderDueBeforeTheWindowGoesWhenItOpensThatMorning() {
    assertEquals(
        Optional.of(uk("2026-11-24T08:00")),
        WINDOW.sendTime(uk("2026-11-24T06:15"), uk("2026-11-25T06:15")));
  }

  @Test
  void aReminderDueAfterTheWindowGoesWhenItOpensTheNextMorning() {
    assertEquals(
        Optional.of(uk("2026-11-25T08:00")),
        WINDOW.sendTime(uk("2026-11-24T21:00"), uk("2026-11-25T10:00")));
  }

  @Test
  void theEndOfTheWindowIsExclusive() {
    assertEquals(
        Optional.of(uk("2026-11-25T08:00")),
        WINDOW.sendTime(uk("2026-11-24T20:00"), uk("2026-11-25T10:00")));
  }

  @Test
  void isSkippedWhenTheWindowOpensOnlyAfterTheAppointment() {
    // 2 hours before a 07:30 appointment is 05:30; the window opens at 08:00, after it
    assertEquals(Optional.empty(), WINDOW.sendTime(uk("2026-11-24T05:30"), uk("2026-11-24T07:30")));
  }

  @Test
  void isSkippedWhenTheWindowOpensExactlyAtTheAppointment() {
    assertEquals(Optional.empty(), WINDOW.sendTime(uk("2026-11-24T06:00"), uk("2026-11-24T08:00")));
  }

  @Test
  void usesUkSummerTime() {
    // 07:30 BST is 06:30 UTC: before the window, which opens at 08:00 BST = 07:00 UTC
    assertEquals(
        Optional.of(Instant.parse("2026-07-01T07:00:00Z")),
        WINDOW.sendTime(Instant.parse("2026-07-01T06:30:00Z"), uk("2026-07-02T09:00")));
  }

  @Test
  void opensAtEightOnTheMorningTheClocksGoForward() {
    // 29 March 2026: clocks go forward at 01:00 GMT; 08:00 that day is BST
    assertEquals(
        Optional.of(uk("2026-03-29T08:00")),
        WINDOW.sendTime(uk("2026-03-29T00:30"), uk("2026-03-29T11:00")));
    assertEquals(Instant.parse("2026-03-29T07:00:00Z"), uk("2026-03-29T08:00"));
  }

  @Test
  void opensAtEightOnTheMorningTheClocksGoBack() {
    // 25 October 2026: clocks go back at 02:00 BST; 08:00 that day is GMT
    assertEquals(
        Optional.of(Instant.parse("2026-10-25T08:00:00Z")),
        WINDOW.sendTime(uk("2026-10-25T01:30"), uk("2026-10-25T11:00")));
  }

  @Test
  void aTextHandedOverInsideTheWindowMustGoBeforeItCloses() {
    assertEquals(uk("2026-11-24T20:00"), WINDOW.closes(uk("2026-11-24T19:59")));
    assertEquals(uk("2026-11-24T20:00"), WINDOW.closes(uk("2026-11-24T08:00")));
    // outside the window: the next window's end
    assertEquals(uk("2026-11-25T20:00"), WINDOW.closes(uk("2026-11-24T20:00")));
    assertEquals(uk("2026-11-24T20:00"), WINDOW.closes(uk("2026-11-24T07:00")));
  }

  @Test
  void theWindowClosesAtTwentyLocalTimeOnBothClockChangeDays() {
    // the day before the clocks go forward 20:00 is GMT; on the day itself it is BST
    assertEquals(
        Instant.parse("2026-03-28T20:00:00Z"),
        WINDOW.closes(Instant.parse("2026-03-28T19:30:00Z")));
    assertEquals(
        Instant.parse("2026-03-29T19:00:00Z"),
        WINDOW.closes(Instant.parse("2026-03-29T18:30:00Z")));
    // 19:30 UTC on 29 March is 20:30 BST: closed; the next opening is 08:00 BST on the 30th
    assertEquals(
        Instant.parse("2026-03-30T07:00:00Z"),
        WINDOW.nextOpening(Instant.parse("2026-03-29T19:30:00Z")));
    // the day the clocks go back, 20:00 is GMT again
    assertEquals(
        Instant.parse("2026-10-24T19:00:00Z"),
        WINDOW.closes(Instant.parse("2026-10-24T12:00:00Z")));
    assertEquals(
        Instant.parse("2026-10-25T20:00:00Z"),
        WINDOW.closes(Instant.parse("2026-10-25T12:00:00Z")));
  }

  @Test
  void anOpeningInTheHourThatHappensTwiceIsNeverInThePast() {
    // 25 October 2026: 01:00-02:00 happens twice (BST, then GMT). At 01:15 GMT (the second
    // time round) a window opening at 01:30 opens at 01:30 GMT, not at 01:30 BST an hour ago.
    SendingWindow night = new SendingWindow(LocalTime.of(1, 30), LocalTime.of(3, 0));
    Instant t = Instant.parse("2026-10-25T01:15:00Z");
    assertEquals(Instant.parse("2026-10-25T01:30:00Z"), night.nextOpening(t));
    assertEquals(
        Optional.of(Instant.parse("2026-10-25T01:30:00Z")),
        night.sendTime(t, uk("2026-10-25T11:00")));
    assertEquals(Instant.parse("2026-10-25T03:00:00Z"), night.closes(t));
  }

  @Test
  void anOpeningInTheHourThatDoesNotExistIsTheMomentAfterTheGap() {
    // 29 March 2026: 01:00-02:00 GMT does not happen; "01:30" is 02:30 BST = 01:30 UTC
    SendingWindow night = new SendingWindow(LocalTime.of(1, 30), LocalTime.of(5, 0));
    Instant t = Instant.parse("2026-03-29T00:10:00Z");
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), night.nextOpening(t));
    assertEquals(Instant.parse("2026-03-29T04:00:00Z"), night.closes(t));
  }

  @Test
  void refusesAWindowThatEndsBeforeItStarts() {
    assertThrows(
        InvalidValueException.class,
        () -> new SendingWindow(LocalTime.of(20, 0), LocalTime.of(8, 0)));
  }

  @Test
  void refusesAWindowShorterThanAnHour() {
    assertThrows(
        InvalidValueException.class,
        () -> new SendingWindow(LocalTime.of(8, 0), LocalTime.of(8, 30)));
  }

  @Test
  void readsTimesAsPeopleWriteThem() {
    assertEquals(LocalTime.of(8, 0), SendingWindow.parseTime("08:00", "start"));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SendingWindow.parseTime("8am", "start"));
    assertTrue(e.getMessage().contains("for example 08:00"));
  }

  @Test
  void containsItsStartButNotItsEnd() {
    assertTrue(WINDOW.contains(uk("2026-11-24T08:00")));
    assertTrue(!WINDOW.contains(uk("2026-11-24T20:00")));
  }
}
