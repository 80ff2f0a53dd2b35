package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The date ranges GP Connect searches take, refused with INVALID_PARAMETER (422) when they do not
 * define a valid range. Slots: {@code start=ge…} and {@code end=le…}, each once, a date ({@code
 * yyyy-mm-dd}) or a date-time with offset, at most 14 days apart. A patient's appointments: two
 * {@code start} parameters ({@code ge} and {@code le}), dates only, none in the past.
 */
public final class SearchRanges {

  public static final Duration MAX_SLOT_RANGE = Duration.ofDays(14);

  /** A half-open range of instants [from, to). */
  public record Range(Instant from, Instant to) {}

  private SearchRanges() {}

  public static Range slots(List<String> start, List<String> end) {
    Instant from = bound("start", start, "ge", false);
    Instant to = bound("end", end, "le", true);
    if (!to.isAfter(from)) {
      throw invalid("end must be after start");
    }
    // an hour's grace: a fortnight of whole UK days spans a clock change
    if (Duration.between(from, to).compareTo(MAX_SLOT_RANGE.plusHours(1)) > 0) {
      throw invalid("The period from start to end must not be longer than two weeks");
    }
    return new Range(from, to);
  }

  public static Range patientAppointments(List<String> starts, LocalDate today) {
    if (starts == null || starts.size() != 2) {
      throw invalid("Two start parameters are required: start=ge{date}&start=le{date}");
    }
    String ge = starts.stream().filter(s -> s.startsWith("ge")).findFirst().orElse(null);
    String le = starts.stream().filter(s -> s.startsWith("le")).findFirst().orElse(null);
    if (ge == null || le == null) {
      throw invalid("One start parameter must have the prefix ge and the other le");
    }
    LocalDate from = date("start", ge.substring(2));
    LocalDate to = date("start", le.substring(2));
    if (from.isBefore(today) || to.isBefore(today)) {
      throw invalid(
          "The search cannot ask for appointments in the past: the earliest date is today");
    }
    if (to.isBefore(from)) {
      throw invalid("The le date must not be before the ge date");
    }
    return new Range(
        from.atStartOfDay(Diary.UK).toInstant(), to.plusDays(1).atStartOfDay(Diary.UK).toInstant());
  }

  private static Instant bound(String name, List<String> values, String prefix, boolean upper) {
    if (values == null || values.size() != 1) {
      throw invalid(name + " must be given exactly once, with the prefix " + prefix);
    }
    String value = values.get(0);
    if (!value.startsWith(prefix)) {
      throw invalid(
          name
              + " must have the prefix "
              + prefix
              + ", e.g. "
              + name
              + "="
              + prefix
              + "2026-12-01");
    }
    String text = value.substring(2);
    if (text.length() == 10) {
      LocalDate day = date(name, text);
      return (upper ? day.plusDays(1) : day).atStartOfDay(Diary.UK).toInstant();
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          name
              + " must be a date (yyyy-mm-dd) or a date-time with offset (yyyy-mm-ddThh:mm:ss+hh:mm)");
    }
  }

  private static LocalDate date(String name, String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw invalid(name + " must be a date without a time, e.g. 2026-12-01");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(name + " is not a calendar date: " + text);
    }
  }

  private static GpcFailure invalid(String diagnostics) {
    return SpineError.INVALID_PARAMETER.failure(diagnostics);
  }
}
