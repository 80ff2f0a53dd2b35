package uk.practiceconnect.reminders.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import uk.practiceconnect.platform.control.Clocks;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * The hours in which texts may go, in UK time (default 08:00 to 20:00; the end is exclusive). A
 * reminder due outside them goes when the window next opens, unless that is not before the
 * appointment: then it is not sent at all.
 */
public record SendingWindow(LocalTime start, LocalTime end) {

  public static final SendingWindow DEFAULT =
      new SendingWindow(LocalTime.of(8, 0), LocalTime.of(20, 0));
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public SendingWindow {
    if (start == null || end == null) {
      throw new InvalidValueException("Enter the times texts may be sent between");
    }
    if (start.getSecond() != 0 || end.getSecond() != 0) {
      throw new InvalidValueException("Give the sending times in hours and minutes");
    }
    if (!start.isBefore(end)) {
      throw new InvalidValueException(
          "The sending window must end after it starts, on the same day");
    }
    if (start.plusHours(1).isAfter(end)) {
      throw new InvalidValueException("The sending window must be at least 1 hour long");
    }
  }

  /** "08:00" and "20:00", as people and the REST API write them. */
  public static LocalTime parseTime(String hhmm, String which) {
    if (hhmm == null || hhmm.isBlank()) {
      throw new InvalidValueException("Enter the " + which + " time, for example 08:00");
    }
    try {
      return LocalTime.parse(hhmm.strip(), HH_MM);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "Write the " + which + " time as hours and minutes, for example 08:00");
    }
  }

  /**
   * When a reminder due at {@code due} is sent: then, if inside the window; otherwise at the next
   * opening (the same morning, or the next). Empty when that is not before {@code appointment}.
   */
  public Optional<Instant> sendTime(Instant due, Instant appointment) {
    ZonedDateTime local = due.atZone(Clocks.UK);
    LocalTime t = local.toLocalTime();
    ZonedDateTime send;
    if (t.isBefore(start)) {
      send = local.toLocalDate().atTime(start).atZone(Clocks.UK);
    } else if (!t.isBefore(end)) {
      send = local.toLocalDate().plusDays(1).atTime(start).atZone(Clocks.UK);
    } else {
      send = local;
    }
    Instant at = send.toInstant();
    return at.isBefore(appointment) ? Optional.of(at) : Optional.empty();
  }

  public boolean contains(Instant instant) {
    LocalTime t = instant.atZone(Clocks.UK).toLocalTime();
    return !t.isBefore(start) && t.isBefore(end);
  }

  public String startText() {
    return HH_MM.format(start);
  }

  public String endText() {
    return HH_MM.format(end);
  }
}
