package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.reminders.entity.CancellationCutoff;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.RuleInput;
import uk.practiceconnect.reminders.entity.SendingWindow;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;
import uk.practiceconnect.reminders.entity.SmsTemplate;
import uk.practiceconnect.sms.entity.SmsMessage;

/**
 * Checks reminder settings as typed, collecting every problem at once with the field it belongs to
 * (the same field names on the page and in the REST API's problem details).
 */
@ApplicationScoped
public class RuleValidation {

  @Inject ReminderTexts texts;

  public record Checked(ReminderRule rule, List<SlotTypeSwitch> slotTypes) {}

  public Checked check(RuleInput in, String practiceName) {
    var v = new Validation();
    if (in == null) {
      in = new RuleInput(null, null, null, null, null, null, null);
    }
    if (in.enabled() == null) {
      v.reject("enabled", "Say whether reminders are on or off");
    }
    List<ReminderOffset> offsets = offsets(v, in.offsets());
    LocalTime start =
        v.field("windowStart", in.windowStart(), s -> SendingWindow.parseTime(s, "start"));
    LocalTime end = v.field("windowEnd", in.windowEnd(), s -> SendingWindow.parseTime(s, "end"));
    SendingWindow window = null;
    if (start != null && end != null) {
      window = v.field("windowEnd", "", x -> new SendingWindow(start, end));
    }
    SmsTemplate template = v.field("template", in.template(), SmsTemplate::of);
    if (template != null) {
      // the longest a real text can be: the longest date and time, a clinician's name as long as
      // texts show one, the practice's own name, links as long as real ones
      int longest = texts.longest(template, practiceName).text().length();
      if (longest > SmsMessage.MAX_LENGTH) {
        v.reject(
            "template",
            "With the placeholders filled in, the text can be "
                + longest
                + " characters (a clinician's name can take up to "
                + ReminderTexts.MAX_CLINICIAN
                + "): texts can be at most "
                + SmsMessage.MAX_LENGTH
                + ". Shorten the text or use fewer placeholders");
      }
    }
    CancellationCutoff cutoff =
        v.field("cancellationCutoff", in.cancellationCutoff(), RuleValidation::cutoff);
    List<SlotTypeSwitch> switches = null;
    if (in.slotTypes() != null) {
      switches = new ArrayList<>();
      for (SlotTypeSwitch s : in.slotTypes()) {
        SlotType type = v.field("slotTypes", s == null ? null : s.name(), SlotType::of);
        if (type != null) {
          switches.add(new SlotTypeSwitch(type.value(), s.enabled(), null));
        }
      }
    }
    v.throwIfInvalid();
    return new Checked(new ReminderRule(in.enabled(), offsets, window, template, cutoff), switches);
  }

  private static List<ReminderOffset> offsets(Validation v, List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      v.reject("offsets", "Choose at least one time to send a reminder");
      return null;
    }
    List<ReminderOffset> parsed = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      int n = i + 1;
      ReminderOffset o =
          v.field(
              "offsets",
              raw.get(i),
              s -> {
                try {
                  return ReminderOffset.parse(s);
                } catch (InvalidValueException e) {
                  throw new InvalidValueException("Reminder time " + n + ": " + e.getMessage());
                }
              });
      if (o != null) {
        parsed.add(o);
      }
    }
    if (parsed.size() != raw.size()) {
      return null;
    }
    return v.field("offsets", "", x -> ReminderRule.checkedOffsets(parsed));
  }

  private static CancellationCutoff cutoff(String iso) {
    if (iso == null || iso.isBlank()) {
      throw new InvalidValueException("Enter the cancellation cut-off, for example PT1H (1 hour)");
    }
    try {
      return new CancellationCutoff(Duration.parse(iso.strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "Write the cancellation cut-off as an ISO-8601 duration, for example PT1H (1 hour)");
    }
  }
}
