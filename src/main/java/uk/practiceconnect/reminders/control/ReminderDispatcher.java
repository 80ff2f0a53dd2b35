package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkToken;
import uk.practiceconnect.reminders.entity.Placeholder;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderLink;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * Hands reminders whose time has come to the SMS outbox. A batch is claimed with {@code FOR UPDATE
 * SKIP LOCKED}, so runs and instances side by side take different reminders; within the same
 * transaction each gets its links, its text and its outbox row (dedup key {@code reminder:<id>}),
 * and becomes QUEUED. Either all of that commits or none of it: a reminder is queued exactly once.
 */
@ApplicationScoped
public class ReminderDispatcher {

  public static final int BATCH = 100;

  /** How long an opt-out link keeps working after the appointment. */
  static final Duration OPT_OUT_LINK_LIFE = Duration.ofDays(60);

  @PersistenceContext EntityManager em;
  @Inject SmsOutbox outbox;
  @Inject ReminderTexts texts;
  @Inject ReminderSettingsService settings;
  @Inject OptOuts optOuts;
  @Inject Clock clock;

  /** One batch of due reminders (all practices); returns how many were looked at. */
  @Transactional(TxType.REQUIRES_NEW)
  public int dispatchDue() {
    Instant now = clock.instant();
    List<?> ids =
        em.createNativeQuery(
                "select id from reminder where status = 'PLANNED' and send_at <= :now"
                    + " order by send_at, id limit :n for update skip locked")
            .setParameter("now", now)
            .setParameter("n", BATCH)
            .getResultList();
    Map<Long, Practice> practices = new HashMap<>();
    Map<Long, ReminderRule> rules = new HashMap<>();
    for (Object raw : ids) {
      Reminder r = em.find(Reminder.class, ((Number) raw).longValue());
      if (r == null || r.status() != ReminderStatus.PLANNED) {
        continue;
      }
      Practice practice =
          practices.computeIfAbsent(r.practiceId(), id -> em.find(Practice.class, id));
      ReminderRule rule = rules.computeIfAbsent(r.practiceId(), settings::rule);
      dispatch(r, practice, rule, now);
    }
    return ids.size();
  }

  private void dispatch(Reminder r, Practice practice, ReminderRule rule, Instant now) {
    if (!rule.enabled()) {
      r.stop(ReminderStatus.CANCELLED, ReminderReason.REMINDERS_OFF, now);
      return;
    }
    if (!now.isBefore(r.appointmentStart())) {
      r.stop(ReminderStatus.NOT_PLANNED, ReminderReason.APPOINTMENT_STARTED, now);
      return;
    }
    if (r.patient().isPresent() && optOuts.has(r.practiceId(), r.patient().get())) {
      r.stop(ReminderStatus.NOT_PLANNED, ReminderReason.OPTED_OUT, now);
      return;
    }
    if (r.mobile().isEmpty()) {
      r.stop(ReminderStatus.NOT_PLANNED, ReminderReason.NO_MOBILE, now);
      return;
    }
    String cancelToken = null;
    String optOutToken = null;
    if (rule.template().has(Placeholder.CANCEL_LINK)) {
      LinkToken token = LinkToken.generate();
      em.persist(
          ReminderLink.cancel(
              token,
              r.practiceId(),
              r.id(),
              r.dateOfBirth().orElse(null),
              r.appointmentStart(),
              now));
      cancelToken = token.value();
    }
    if (rule.template().has(Placeholder.OPT_OUT_LINK)) {
      LinkToken token = LinkToken.generate();
      em.persist(
          ReminderLink.optOut(
              token, r.practiceId(), r.id(), r.appointmentStart().plus(OPT_OUT_LINK_LIFE), now));
      optOutToken = token.value();
    }
    String text =
        texts.reminder(
            rule.template(),
            practice.name().value(),
            r.appointmentStart(),
            r.clinician(),
            cancelToken,
            optOutToken);
    SmsMessage m =
        outbox.enqueue(
            r.practiceId(),
            r.mobile().get(),
            text,
            SmsPurpose.REMINDER,
            "reminder:" + r.id(),
            r.appointmentStart());
    r.handedOver(m.id(), now);
  }
}
