package uk.practiceconnect.reminders.entity;

import java.util.List;
import java.util.TreeSet;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * A practice's reminder rules: on or off, up to three reminder times before each appointment, the
 * sending window, the text and the cancellation cut-off. Slot types are switched on and off apart
 * ({@link ReminderSlotType}), because EMIS adds new ones.
 */
public record ReminderRule(
    boolean enabled,
    List<ReminderOffset> offsets,
    SendingWindow window,
    SmsTemplate template,
    CancellationCutoff cutoff) {

  public static final int MAX_OFFSETS = 3;

  public static final ReminderRule DEFAULT =
      new ReminderRule(
          false,
          List.of(ReminderOffset.ONE_DAY),
          SendingWindow.DEFAULT,
          SmsTemplate.DEFAULT,
          CancellationCutoff.DEFAULT);

  public ReminderRule {
    offsets = checkedOffsets(offsets);
    if (window == null || template == null || cutoff == null) {
      throw new IllegalArgumentException(
          "a reminder rule needs a window, a template and a cut-off");
    }
  }

  /** Longest first, no two the same, one to three of them. */
  public static List<ReminderOffset> checkedOffsets(List<ReminderOffset> offsets) {
    if (offsets == null || offsets.isEmpty()) {
      throw new InvalidValueException("Choose at least one time to send a reminder");
    }
    if (offsets.size() > MAX_OFFSETS) {
      throw new InvalidValueException("Choose at most " + MAX_OFFSETS + " reminder times");
    }
    TreeSet<ReminderOffset> distinct = new TreeSet<>(offsets);
    if (distinct.size() != offsets.size()) {
      throw new InvalidValueException("Two reminder times are the same: remove one");
    }
    return List.copyOf(distinct.descendingSet());
  }

  public ReminderRule withEnabled(boolean on) {
    return new ReminderRule(on, offsets, window, template, cutoff);
  }

  /** "1 day before" or "2 days and 2 hours before" style list: "2 days, 2 hours". */
  public String offsetsLabel() {
    return String.join(", ", offsets.stream().map(ReminderOffset::label).toList());
  }
}
