package uk.practiceconnect.booking.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;

/** {@code from}/{@code to} query parameters: an instant with offset, or a UK calendar day. */
final class TimeParam {

  private TimeParam() {}

  /** A day means its start, UK time; {@code to=2026-12-01} thus excludes that day. */
  static Instant parse(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(UkTime.ZONE).toInstant();
      }
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field, "Give " + field + " as 2026-12-01 or 2026-12-01T09:00:00Z");
    }
  }
}
