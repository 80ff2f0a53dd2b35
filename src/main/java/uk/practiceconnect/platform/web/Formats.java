package uk.practiceconnect.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.practiceconnect.platform.entity.UkTime;

/** Times as people in UK practices read them: Europe/London, "25 Nov 2026, 09:14". */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UkTime.ZONE);
  private static final java.util.Set<String> ACRONYMS =
      java.util.Set.of("EMIS", "API", "ODS", "SMS", "NHS", "ID", "CSV", "GP", "ASID");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** An audit action code as words: EMIS_API_PASSWORD_CHANGED → "EMIS API password changed". */
  public String action(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String word : code.split("_")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.UK));
    }
    if (!ACRONYMS.contains(code.split("_")[0])) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    // a product's name keeps its capitals
    return out.toString().replace("GP connect", "GP Connect");
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
