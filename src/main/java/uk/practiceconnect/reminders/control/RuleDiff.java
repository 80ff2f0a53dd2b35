package uk.practiceconnect.reminders.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.SendingWindow;

/** What changed between two reminder rules, as audit trail lines (one per setting). */
final class RuleDiff {

  record Line(String action, String field, String detail) {}

  private RuleDiff() {}

  static List<Line> between(ReminderRule before, ReminderRule after) {
    List<Line> lines = new ArrayList<>();
    if (before.enabled() != after.enabled()) {
      lines.add(
          new Line(
              after.enabled() ? "REMINDERS_SWITCHED_ON" : "REMINDERS_SWITCHED_OFF",
              "enabled",
              after.enabled() ? "Reminders on" : "Reminders off; planned reminders cancelled"));
    }
    if (!before.offsets().equals(after.offsets())) {
      lines.add(
          new Line(
              "REMINDER_TIMES_CHANGED",
              "offsets",
              "From " + before.offsetsLabel() + " to " + after.offsetsLabel() + " before"));
    }
    if (!before.window().equals(after.window())) {
      lines.add(
          new Line(
              "REMINDER_WINDOW_CHANGED",
              "sendingWindow",
              "From " + window(before.window()) + " to " + window(after.window())));
    }
    if (!Objects.equals(before.template(), after.template())) {
      lines.add(
          new Line(
              "REMINDER_TEXT_CHANGED",
              "template",
              "Text changed; now " + after.template().text().length() + " characters"));
    }
    if (!before.cutoff().equals(after.cutoff())) {
      lines.add(
          new Line(
              "REMINDER_CUTOFF_CHANGED",
              "cancellationCutoff",
              "From "
                  + before.cutoff().minutes()
                  + " to "
                  + after.cutoff().minutes()
                  + " minutes before the appointment"));
    }
    return lines;
  }

  private static String window(SendingWindow w) {
    return w.startText() + "–" + w.endText();
  }
}
