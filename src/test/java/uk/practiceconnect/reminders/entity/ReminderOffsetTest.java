package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class ReminderOffsetTest {

  static Instant uk(String t) {
    return LocalDateTime.parse(t).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  @Test
  void oneDayBeforeIsTheSameClockTimeTheDayBeforeAcrossTheSpringChange() {
    // appointment Sunday 29 March 2026 09:00 BST; the day before was still GMT
    assertEquals(uk("2026-03-28T09:00"), ReminderOffset.ONE_DAY.dueFor(uk("2026-03-29T09:00")));
    assertEquals(
        Duration.ofHours(23),
        Duration.between(
            ReminderOffset.ONE_DAY.dueFor(uk("2026-03-29T09:00")), uk("2026-03-29T09:00")));
  }

  @Test
  void oneDayBeforeIsTheSameClockTimeTheDayBeforeAcrossTheAutumnChange() {
    assertEquals(uk("2026-10-24T09:00"), ReminderOffset.ONE_DAY.dueFor(uk("2026-10-25T09:00")));
    assertEquals(
        Duration.ofHours(25),
        Duration.between(
            ReminderOffset.ONE_DAY.dueFor(uk("2026-10-25T09:00")), uk("2026-10-25T09:00")));
  }

  @Test
  void hoursAreExactHoursEvenWhenTheClocksChange() {
    // 03:00 BST on 29 March is 2 real hours after 00:00 GMT
    assertEquals(uk("2026-03-29T00:00"), ReminderOffset.of(0, 2).dueFor(uk("2026-03-29T03:00")));
  }

  @Test
  void daysAndHoursTogether() {
    assertEquals(uk("2026-11-22T07:00"), ReminderOffset.of(2, 2).dueFor(uk("2026-11-24T09:00")));
  }

  @Test
  void readsIsoDurations() {
    assertEquals(Duration.ofDays(2), ReminderOffset.parse("P2D").before());
    assertEquals(Duration.ofHours(2), ReminderOffset.parse("PT2H").before());
    assertEquals("P2D", ReminderOffset.parse("P2D").iso());
    assertEquals("PT26H", ReminderOffset.parse("P1DT2H").iso());
  }

  @Test
  void refusesTimesOutsideFifteenMinutesToSevenDays() {
    assertThrows(InvalidValueException.class, () -> ReminderOffset.parse("PT10M"));
    assertThrows(InvalidValueException.class, () -> ReminderOffset.parse("P8D"));
    assertThrows(InvalidValueException.class, () -> ReminderOffset.parse("two days"));
    assertThrows(InvalidValueException.class, () -> ReminderOffset.parse("PT1H30S"));
  }

  @Test
  void labelsInWords() {
    assertEquals("1 day", ReminderOffset.ONE_DAY.label());
    assertEquals("2 days and 2 hours", ReminderOffset.of(2, 2).label());
    assertEquals("30 minutes", ReminderOffset.ofMinutes(30).label());
  }

  @Test
  void aRuleKeepsAtMostThreeDistinctTimesLongestFirst() {
    assertEquals(
        List.of(ReminderOffset.of(2, 0), ReminderOffset.of(0, 2)),
        ReminderRule.checkedOffsets(List.of(ReminderOffset.of(0, 2), ReminderOffset.of(2, 0))));
    assertThrows(
        InvalidValueException.class,
        () -> ReminderRule.checkedOffsets(List.of(ReminderOffset.ONE_DAY, ReminderOffset.ONE_DAY)));
    assertThrows(
        InvalidValueException.class,
        () ->
            ReminderRule.checkedOffsets(
                List.of(
                    ReminderOffset.of(1, 0),
                    ReminderOffset.of(2, 0),
                    ReminderOffset.of(3, 0),
                    ReminderOffset.of(4, 0))));
    assertThrows(InvalidValueException.class, () -> ReminderRule.checkedOffsets(List.of()));
  }
}
