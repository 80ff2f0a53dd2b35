package uk.practiceconnect.reminders.control;

import java.time.Instant;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.reminders.entity.SendingWindow;

/**
 * What happens to a due reminder at the moment it would be handed to the outbox, as a pure
 * function. Planning applied the sending window to the time it planned; here it is applied again,
 * because a reminder may be handed over late (after downtime, a backlog, a slow EMIS): outside the
 * window it waits for the next opening (or is not sent if that is after the appointment), and the
 * text it hands over may go only until the window closes or the appointment starts, whichever comes
 * first, so a text retried later never goes at night.
 */
public final class HandOver {

  private HandOver() {}

  /** What the rules need to know of one due reminder. */
  public record Due(Instant appointmentStart, boolean optedOut, boolean hasMobile) {}

  public sealed interface Decision {}

  /** Hand it over now; the text must not go after {@code notAfter}. */
  public record Send(Instant notAfter) implements Decision {}

  /** Not now: the window is closed; it stays planned for {@code sendAt}. */
  public record Wait(Instant sendAt) implements Decision {}

  /** It will not be sent; the log says why. */
  public record Skip(ReminderStatus status, ReminderReason reason) implements Decision {}

  public static Decision decide(ReminderRule rule, Due due, Instant now) {
    if (!rule.enabled()) {
      return new Skip(ReminderStatus.CANCELLED, ReminderReason.REMINDERS_OFF);
    }
    if (!now.isBefore(due.appointmentStart())) {
      return new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.APPOINTMENT_STARTED);
    }
    if (due.optedOut()) {
      return new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.OPTED_OUT);
    }
    if (!due.hasMobile()) {
      return new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.NO_MOBILE);
    }
    SendingWindow window = rule.window();
    if (!window.contains(now)) {
      Instant opening = window.nextOpening(now);
      return opening.isBefore(due.appointmentStart())
          ? new Wait(opening)
          : new Skip(ReminderStatus.NOT_PLANNED, ReminderReason.AFTER_APPOINTMENT);
    }
    Instant closes = window.closes(now);
    return new Send(closes.isBefore(due.appointmentStart()) ? closes : due.appointmentStart());
  }
}
