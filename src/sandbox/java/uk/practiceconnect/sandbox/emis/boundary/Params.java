package uk.practiceconnect.sandbox.emis.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;
import uk.practiceconnect.sandbox.emis.entity.SlotStatus;

/** Query and body values: dates ({@code YYYY-MM-DD}) and instants (ISO-8601 with offset). */
final class Params {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final Duration MAX_RANGE = Duration.ofDays(366);

  private Params() {}

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw SandboxFailure.badRequest(name + " is missing: a date such as 2026-11-25");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw SandboxFailure.badRequest(name + " must be a date such as 2026-11-25");
    }
  }

  /**
   * An instant with offset ({@code 2026-11-25T09:00:00Z}); a plain date is also taken, as the start
   * of that day in UK time (our addition to the contract, for convenience).
   */
  static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      throw SandboxFailure.badRequest(name + " is missing: a time such as 2026-11-25T09:00:00Z");
    }
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(UK).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw SandboxFailure.badRequest(
          name + " must be a time with offset such as 2026-11-25T09:00:00Z");
    }
  }

  static void checkRange(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw SandboxFailure.badRequest("to must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw SandboxFailure.badRequest("from..to may span at most 366 days");
    }
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw SandboxFailure.badRequest("to must not be before from");
    }
    if (from.plusDays(366).isBefore(to)) {
      throw SandboxFailure.badRequest("from..to may span at most 366 days");
    }
  }

  static SlotStatus slotStatus(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SlotStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw SandboxFailure.badRequest("status must be FREE, BOOKED, BLOCKED or EMBARGOED");
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
