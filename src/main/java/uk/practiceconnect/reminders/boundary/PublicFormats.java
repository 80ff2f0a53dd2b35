package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.reminders.control.ReminderTexts;

/** Dates and times on the patients' pages, as the NHS writes them: "Tuesday 24 November 2026". */
@Named
@ApplicationScoped
public class PublicFormats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(UkTime.ZONE);

  public String date(Instant i) {
    return i == null ? "" : DATE.format(i);
  }

  public String time(Instant i) {
    return i == null ? "" : ReminderTexts.time(i);
  }

  /** "9:30am on Tuesday 24 November 2026" */
  public String dateTime(Instant i) {
    return i == null ? "" : time(i) + " on " + date(i);
  }
}
