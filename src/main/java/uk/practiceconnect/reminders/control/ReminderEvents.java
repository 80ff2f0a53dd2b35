package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Locale;
import uk.practiceconnect.reminders.entity.OptOut;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.sms.entity.SmsPurpose;
import uk.practiceconnect.sms.entity.TextSettled;
import uk.practiceconnect.webhooks.control.WebhookOutbox;
import uk.practiceconnect.webhooks.entity.EventData;
import uk.practiceconnect.webhooks.entity.EventType;

/**
 * The webhook events of reminders: a reminder text delivered or not delivered (learnt from the SMS
 * outbox, in the transaction that records it), and a patient opting out (in the transaction that
 * stores the opt-out). Only what the reminder log's API shows a key of the practice, without the
 * mobile number: the NHS number masked.
 */
@ApplicationScoped
public class ReminderEvents {

  static final String KEY_PREFIX = "reminder:";

  @PersistenceContext EntityManager em;
  @Inject WebhookOutbox outbox;

  /** Runs inside the transaction that records the text's end. */
  void on(@Observes TextSettled text) {
    if (text.purpose() != SmsPurpose.REMINDER || !text.dedupKey().startsWith(KEY_PREFIX)) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(text.dedupKey().substring(KEY_PREFIX.length()));
    } catch (NumberFormatException e) {
      return;
    }
    Reminder r = em.find(Reminder.class, id);
    if (r == null) {
      return;
    }
    outbox.record(
        r.practiceId(),
        text.delivered() ? EventType.REMINDER_DELIVERED : EventType.REMINDER_FAILED,
        reminder(r).put("notifyStatus", text.status()),
        text.at());
  }

  @Transactional(TxType.MANDATORY)
  public void optedOut(Reminder r, OptOut.Source source, Instant at) {
    outbox.record(
        r.practiceId(),
        EventType.PATIENT_OPTED_OUT,
        EventData.with()
            .put("nhsNumber", r.nhsMasked())
            .put("how", source.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .put("reminderId", r.id())
            .put("optedOutAt", at),
        at);
  }

  private static EventData reminder(Reminder r) {
    return EventData.with()
        .put("reminderId", r.id())
        .put("appointmentId", r.appointmentId())
        .put("appointmentStart", r.appointmentStart())
        .put("nhsNumber", r.nhsMasked());
  }
}
