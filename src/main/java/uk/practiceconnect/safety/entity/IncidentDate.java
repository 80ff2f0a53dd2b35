package uk.practiceconnect.safety.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * When it happened: a UK calendar date, typed as yyyy-mm-dd (what a date field sends), not after
 * today.
 */
public final class IncidentDate {

  private IncidentDate() {}

  public static LocalDate parse(String raw, LocalDate today) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("Enter the date it happened");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "Enter the date it happened as a real date, for example " + today);
    }
    if (date.isAfter(today)) {
      throw new InvalidValueException("The date it happened must be today or in the past");
    }
    return date;
  }
}
