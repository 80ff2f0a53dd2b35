package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.control.SmsOutbox.Withdrawal;

/**
 * Takes a handed-over reminder's text back from the outbox when its appointment was cancelled or
 * moved, or the patient opted out, in the caller's transaction. A text a sender is working on is
 * never interrupted: it is only kept from being sent again (the log then follows the outbox).
 */
@ApplicationScoped
public class TextWithdrawal {

  @Inject SmsOutbox outbox;

  /**
   * True when the text was withdrawn now: the reminder then gets {@code status} and {@code reason}.
   * False when it had gone (or is going), or the reminder was never handed over.
   */
  @Transactional(TxType.MANDATORY)
  public boolean withdraw(
      Reminder reminder, ReminderStatus status, ReminderReason reason, Instant now) {
    if (reminder.status() != ReminderStatus.QUEUED || reminder.smsMessageId().isEmpty()) {
      return false;
    }
    Withdrawal w =
        outbox.withdraw(
            reminder.smsMessageId().get(), reason.text() + " (text withdrawn before it went)");
    if (w == Withdrawal.WITHDRAWN) {
      reminder.stop(status, reason, now);
      return true;
    }
    return false;
  }
}
