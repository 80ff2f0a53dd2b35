package uk.practiceconnect.reminders.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.UkTime;

/**
 * How long before an appointment a reminder goes: "1 day", "2 hours", "2 days and 3 hours". Whole
 * days are calendar days in UK time, so "1 day before" a 09:00 appointment is 09:00 the day before
 * even when the clocks changed overnight; hours and minutes are exact.
 */
public record ReminderOffset(Duration before) implements Comparable<ReminderOffset> {

  public static final Duration MIN = Duration.ofMinutes(15);
  public static final Duration MAX = Duration.ofDays(7);
  public static final ReminderOffset ONE_DAY = new ReminderOffset(Duration.ofDays(1));

  public ReminderOffset {
    if (before == null) {
      throw new InvalidValueException("Enter how long before the appointment");
    }
    if (before.compareTo(MIN) < 0 || before.compareTo(MAX) > 0) {
      throw new InvalidValueException(
          "A reminder goes between 15 minutes and 7 days before the appointment");
    }
    if (before.toSecondsPart() != 0 || before.toNanosPart() != 0) {
      throw new InvalidValueException("Give the reminder time in whole minutes");
    }
  }

  /** ISO-8601 as in the REST API ("P1D", "PT2H", "P2DT3H"). */
  public static ReminderOffset parse(String iso) {
    if (iso == null || iso.isBlank()) {
      throw new InvalidValueException("Enter how long before the appointment, for example P1D");
    }
    try {
      return new ReminderOffset(Duration.parse(iso.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "Write the reminder time as an ISO-8601 duration, for example P1D (1 day) or PT2H (2"
              + " hours)");
    }
  }

  public static ReminderOffset ofMinutes(int minutes) {
    return new ReminderOffset(Duration.ofMinutes(minutes));
  }

  public static ReminderOffset of(int days, int hours) {
    if (days < 0 || hours < 0) {
      throw new InvalidValueException("Days and hours cannot be negative");
    }
    return new ReminderOffset(Duration.ofDays(days).plusHours(hours));
  }

  public int minutes() {
    return (int) before.toMinutes();
  }

  /** When the reminder is due for an appointment starting at {@code start}. */
  public Instant dueFor(Instant start) {
    ZonedDateTime local = start.atZone(UkTime.ZONE);
    long days = before.toDays();
    return local.minusDays(days).toInstant().minus(before.minusDays(days));
  }

  /** "P1D" for whole days (Duration alone would write "PT24H"), else "PT2H", "PT1H30M". */
  public String iso() {
    long days = before.toDays();
    return before.equals(Duration.ofDays(days)) ? "P" + days + "D" : before.toString();
  }

  /** "1 day", "2 hours", "2 days and 30 minutes". */
  public String label() {
    long days = before.toDays();
    long hours = before.toHoursPart();
    long minutes = before.toMinutesPart();
    StringBuilder s = new StringBuilder();
    append(s, days, "day");
    append(s, hours, "hour");
    append(s, minutes, "minute");
    return s.toString();
  }

  private static void append(StringBuilder s, long n, String unit) {
    if (n == 0) {
      return;
    }
    if (!s.isEmpty()) {
      s.append(" and ");
    }
    s.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
  }

  @Override
  public int compareTo(ReminderOffset o) {
    return before.compareTo(o.before);
  }
}
