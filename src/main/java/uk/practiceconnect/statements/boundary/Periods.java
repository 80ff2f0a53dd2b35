package uk.practiceconnect.statements.boundary;

/** Retention periods as a patient reads them: whole years as years, anything else in days. */
final class Periods {

  private Periods() {}

  static String inWords(long days) {
    if (days >= 365 && days % 365 == 0) {
      long years = days / 365;
      return years == 1 ? "1 year" : years + " years";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
