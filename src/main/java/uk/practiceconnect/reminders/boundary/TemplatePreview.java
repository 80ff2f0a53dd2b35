package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.reminders.control.ReminderTexts;
import uk.practiceconnect.reminders.entity.SmsTemplate;
import uk.practiceconnect.sms.entity.SmsLength;

/**
 * The live preview under the template box: the text as a patient would get it (an appointment
 * tomorrow at 9:30am, a link of real length), its length and fragments, or why it cannot be used.
 */
@ApplicationScoped
public class TemplatePreview implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReminderTexts texts;

  /** What the page shows; {@code problem} instead of a text when the template is not usable. */
  public record Result(String text, String length, String problem, boolean unicode) {
    public String getText() {
      return text;
    }

    public String getLength() {
      return length;
    }

    public String getProblem() {
      return problem;
    }

    public boolean isUnicode() {
      return unicode;
    }

    public boolean isUsable() {
      return problem == null;
    }
  }

  public Result of(String template, String practiceName) {
    try {
      var p =
          texts.preview(
              SmsTemplate.of(template),
              practiceName == null ? "Your practice" : practiceName,
              LocalDate.now(UkTime.ZONE).plusDays(1).atTime(9, 30).atZone(UkTime.ZONE).toInstant());
      SmsLength l = p.length();
      return new Result(p.text(), l.describe(), null, l.encoding() == SmsLength.Encoding.UCS_2);
    } catch (InvalidValueException e) {
      return new Result(null, null, e.getMessage(), false);
    }
  }
}
