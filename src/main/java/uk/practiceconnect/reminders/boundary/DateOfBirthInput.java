package uk.practiceconnect.reminders.boundary;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * A date of birth typed as day, month and year (the GOV.UK pattern). A date that is not real is
 * refused here, before it counts as a wrong attempt on the link.
 */
public class DateOfBirthInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String day;
  private String month;
  private String year;

  public LocalDate toDate(LocalDate today) {
    if (blank(day) && blank(month) && blank(year)) {
      throw new InvalidValueException("Enter your date of birth");
    }
    if (blank(day) || blank(month) || blank(year)) {
      throw new InvalidValueException(
          "Date of birth must include a " + (blank(day) ? "day" : blank(month) ? "month" : "year"));
    }
    try {
      int y = Integer.parseInt(year.strip());
      if (y < 1000) {
        throw new InvalidValueException("Year must include 4 numbers, for example 1985");
      }
      LocalDate d = LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
      if (!d.isBefore(today)) {
        throw new InvalidValueException("Date of birth must be in the past");
      }
      return d;
    } catch (NumberFormatException | DateTimeException e) {
      throw new InvalidValueException("Date of birth must be a real date, for example 27 3 1985");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
