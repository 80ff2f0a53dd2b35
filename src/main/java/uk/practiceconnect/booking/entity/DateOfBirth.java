package uk.practiceconnect.booking.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * A date of birth as people type it in three boxes (day, month, year), with the GOV.UK pattern's
 * messages: say what is missing or wrong, never just "invalid".
 */
public record DateOfBirth(LocalDate value) {

  public DateOfBirth {
    if (value == null) {
      throw new InvalidValueException("Enter your date of birth");
    }
  }

  /** From the three boxes; {@code today} (UK) rules out dates in the future. */
  public static DateOfBirth of(String day, String month, String year, LocalDate today) {
    boolean d = blank(day);
    boolean m = blank(month);
    boolean y = blank(year);
    if (d && m && y) {
      throw new InvalidValueException("Enter your date of birth");
    }
    if (d || m || y) {
      String missing = d ? "a day" : m ? "a month" : "a year";
      throw new InvalidValueException("Date of birth must include " + missing);
    }
    int dd = number(day);
    int mm = number(month);
    int yy = number(year);
    if (year.strip().length() != 4) {
      throw new InvalidValueException("Year must include 4 numbers, for example 1984");
    }
    LocalDate date;
    try {
      date = LocalDate.of(yy, mm, dd);
    } catch (DateTimeException e) {
      throw new InvalidValueException("Date of birth must be a real date");
    }
    return checked(date, today);
  }

  /** From the REST API's ISO date ({@code 1984-03-27}). */
  public static DateOfBirth iso(String raw, LocalDate today) {
    if (blank(raw)) {
      throw new InvalidValueException("Enter the date of birth as YYYY-MM-DD");
    }
    try {
      return checked(LocalDate.parse(raw.strip()), today);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "Enter the date of birth as YYYY-MM-DD, for example 1984-03-27");
    }
  }

  private static DateOfBirth checked(LocalDate date, LocalDate today) {
    if (date.isAfter(today)) {
      throw new InvalidValueException("Date of birth must be in the past");
    }
    if (date.isBefore(today.minusYears(130))) {
      throw new InvalidValueException(
          "Date of birth must be after " + today.minusYears(130).getYear());
    }
    return new DateOfBirth(date);
  }

  private static int number(String raw) {
    String s = raw.strip();
    if (!s.matches("[0-9]{1,4}")) {
      throw new InvalidValueException("Date of birth must be a real date, in numbers");
    }
    return Integer.parseInt(s);
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }

  @Override
  public String toString() {
    return "DateOfBirth[hidden]";
  }
}
