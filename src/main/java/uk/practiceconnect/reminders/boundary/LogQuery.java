package uk.practiceconnect.reminders.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.reminders.entity.LogFilter;
import uk.practiceconnect.reminders.entity.LogStatus;

/** Reads the log's query parameters (REST and CSV export) into a filter, or field errors. */
final class LogQuery {

  static final int MAX_DAYS = 92;

  private LogQuery() {}

  static LogFilter filter(
      Long practiceId, String from, String to, String status, String clinician, String slotType) {
    var v = new Validation();
    LocalDate today = LocalDate.now(UkTime.ZONE);
    LocalDate f = v.field("from", from, s -> date(s, today));
    LocalDate t = v.field("to", to, s -> date(s, today.plusDays(7)));
    LogStatus st =
        v.field(
            "status",
            status,
            s -> {
              if (s == null || s.isBlank()) {
                return null;
              }
              return LogStatus.ofWire(s.strip())
                  .orElseThrow(
                      () ->
                          new uk.practiceconnect.platform.entity.InvalidValueException(
                              "The status must be one of planned, not-planned, cancelled,"
                                  + " queued, sent, delivered, failed, expired,"
                                  + " cancelled-by-patient"));
            });
    if (f != null && t != null) {
      if (t.isBefore(f)) {
        v.reject("to", "The To date must be the same as the From date or later");
      } else if (f.plusDays(MAX_DAYS).isBefore(t)) {
        v.reject(
            "to", "From and To can be at most " + MAX_DAYS + " days apart: choose a shorter span");
      }
    }
    v.throwIfInvalid();
    Instant start = f.atStartOfDay(UkTime.ZONE).toInstant();
    Instant end = t.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    return new LogFilter(practiceId, start, end, st, blankToNull(clinician), blankToNull(slotType));
  }

  private static LocalDate date(String raw, LocalDate fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new uk.practiceconnect.platform.entity.InvalidValueException(
          "Write the date as YYYY-MM-DD, for example 2026-11-24");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
