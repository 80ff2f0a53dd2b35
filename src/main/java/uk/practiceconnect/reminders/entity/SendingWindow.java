package uk.practiceconnect.reminders.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.UkTime;

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
    Instant at = nextOpening(due);
    return at.isBefore(appointment) ? Optional.of(at) : Optional.empty();
  }

  /**
   * {@code t} itself when it is inside the window, otherwise the window's next opening after it. On
   * the night the clocks go back a local time happens twice: the opening is never before {@code t}.
   */
  public Instant nextOpening(Instant t) {
    if (contains(t)) {
      return t;
    }
    LocalDate day = t.atZone(UkTime.ZONE).toLocalDate();
    for (int i = 0; i <= 2; i++) {
      Optional<Instant> opening = firstAfter(day.plusDays(i), start, t);
      if (opening.isPresent()) {
        return opening.get();
      }
    }
    throw new IllegalStateException("a sending window opens every day");
  }

  /**
   * When the window that {@code t} is in closes: the latest moment a text handed over at {@code t}
   * may still go. ({@code t} outside the window: when the next window closes.)
   */
  public Instant closes(Instant t) {
    Instant open = nextOpening(t);
    LocalDate day = open.atZone(UkTime.ZONE).toLocalDate();
    return firstAfter(day, end, open)
        .or(() -> firstAfter(day.plusDays(1), end, open))
        .orElseThrow();
  }

  /**
   * The local time on that day as an instant after {@code after}: the earlier of its two instants
   * when the clocks go back (if that one is after), and the moment after the gap when the clocks go
   * forward over it.
   */
  private static Optional<Instant> firstAfter(LocalDate day, LocalTime time, Instant after) {
    ZonedDateTime z = day.atTime(time).atZone(UkTime.ZONE);
    for (ZonedDateTime candidate :
        List.of(z.withEarlierOffsetAtOverlap(), z.withLaterOffsetAtOverlap())) {
      if (candidate.toInstant().isAfter(after)) {
        return Optional.of(candidate.toInstant());
      }
    }
    return Optional.empty();
  }

  public boolean contains(Instant instant) {
    LocalTime t = instant.atZone(UkTime.ZONE).toLocalTime();
    return !t.isBefore(start) && t.isBefore(end);
  }

  public String startText() {
    return HH_MM.format(start);
  }

  public String endText() {
    return HH_MM.format(end);
  }
}
