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
