package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.reminders.entity.Placeholder;
import uk.practiceconnect.reminders.entity.SmsTemplate;
import uk.practiceconnect.sms.entity.SmsLength;

/**
 * The words of the texts: a reminder from the practice's template, the preview the settings page
 * shows while typing (with example values of realistic length), and the cancellation confirmation.
 * Dates and times are UK time, written as the NHS writes them: "Tuesday 24 November", "9:30am".
 */
@ApplicationScoped
public class ReminderTexts {

  /** A link as long as a real one: 22 characters of token. */
  static final String EXAMPLE_TOKEN = "Xk3f9QpL2mN8vR4tW7yZ1a";

  /**
   * A clinician's name longer than this is shortened in a text (EMIS allows long ones, with roles
   * and notes), so a name can never push a text past Notify's limit unseen.
   */
  public static final int MAX_CLINICIAN = 60;

  /** The longest date and time a text can show: "Wednesday 30 September" at "10:45am". */
  static final Instant LONGEST_WHEN = Instant.parse("2026-09-30T09:45:00Z");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  @Inject
  @ConfigProperty(name = "app.public-base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  /** What a text will look like, and how long it is on the network. */
  public record Preview(String text, SmsLength length) {
    public String getText() {
      return text;
    }

    public SmsLength getLength() {
      return length;
    }
  }

  public String reminder(
      SmsTemplate template,
      String practiceName,
      Instant start,
      String clinician,
      String cancelToken,
      String optOutToken) {
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    values.put(Placeholder.PRACTICE_NAME, practiceName);
    values.put(Placeholder.DATE, date(start));
    values.put(Placeholder.TIME, time(start));
    values.put(Placeholder.CLINICIAN, clinician(clinician));
    values.put(Placeholder.CANCEL_LINK, cancelLink(cancelToken));
    values.put(Placeholder.OPT_OUT_LINK, optOutLink(optOutToken));
    return template.render(values);
  }

  public Preview preview(SmsTemplate template, String practiceName, Instant exampleStart) {
    String text =
        reminder(
            template, practiceName, exampleStart, "Dr A Example", EXAMPLE_TOKEN, EXAMPLE_TOKEN);
    return new Preview(text, SmsLength.of(text));
  }

  /**
   * The text at its longest, for checking a template: the longest date and time, a clinician's name
   * as long as a text shows one, real-length links.
   */
  public Preview longest(SmsTemplate template, String practiceName) {
    String text =
        reminder(
            template,
            practiceName,
            LONGEST_WHEN,
            "D".repeat(MAX_CLINICIAN),
            EXAMPLE_TOKEN,
            EXAMPLE_TOKEN);
    return new Preview(text, SmsLength.of(text));
  }

  /** The clinician as a text names them: shortened at a word to {@link #MAX_CLINICIAN}. */
  static String clinician(String name) {
    if (name == null || name.isBlank()) {
      return "the practice team";
    }
    String n = name.strip().replaceAll("\\s+", " ");
    if (n.length() <= MAX_CLINICIAN) {
      return n;
    }
    String cut = n.substring(0, MAX_CLINICIAN - 3);
    int space = cut.lastIndexOf(' ');
    return (space >= MAX_CLINICIAN / 2 ? cut.substring(0, space) : cut).strip() + "...";
  }

  public String cancellationConfirmation(String practiceName, Instant start) {
    return practiceName
        + ": your appointment on "
        + date(start)
        + " at "
        + time(start)
        + " has been cancelled. Thank you for letting us know. To book again, contact the"
        + " practice.";
  }

  public String cancelLink(String token) {
    return base() + "/r/" + token;
  }

  public String optOutLink(String token) {
    return base() + "/r/stop/" + token;
  }

  /** "Tuesday 24 November" */
  public static String date(Instant instant) {
    return DATE.format(instant.atZone(UkTime.ZONE));
  }

  /** "9:30am", "12 noon", "2pm" */
  public static String time(Instant instant) {
    ZonedDateTime t = instant.atZone(UkTime.ZONE);
    int h = t.getHour();
    int m = t.getMinute();
    if (h == 12 && m == 0) {
      return "12 noon";
    }
    if (h == 0 && m == 0) {
      return "midnight";
    }
    int h12 = h % 12 == 0 ? 12 : h % 12;
    String suffix = h < 12 ? "am" : "pm";
    return m == 0 ? h12 + suffix : h12 + ":" + String.format("%02d", m) + suffix;
  }

  private String base() {
    return publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }
}
