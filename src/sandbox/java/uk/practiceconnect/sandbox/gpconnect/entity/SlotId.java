package uk.practiceconnect.sandbox.gpconnect.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A slot's logical id, {@code yyyyMMdd-{schedule}-HHmm} (e.g. {@code 20261204-2-0915}): the diary
 * is generated from the clock, so a slot is named by what it is (day, schedule, UK start time)
 * rather than stored, and any id can be checked against the diary.
 */
public record SlotId(LocalDate date, String scheduleId, LocalTime start) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  public String value() {
    return date.format(DAY) + "-" + scheduleId + "-" + start.format(TIME);
  }

  /** The id in a FHIR reference or URL, or empty when it cannot be a slot of this stand-in. */
  public static Optional<SlotId> parse(String value) {
    if (value == null || !value.matches("\\d{8}-[0-9]{1,3}-\\d{4}")) {
      return Optional.empty();
    }
    String[] parts = value.split("-");
    try {
      return Optional.of(
          new SlotId(LocalDate.parse(parts[0], DAY), parts[1], LocalTime.parse(parts[2], TIME)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value();
  }
}
