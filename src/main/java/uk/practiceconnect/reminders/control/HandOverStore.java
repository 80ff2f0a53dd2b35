package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.practiceconnect.reminders.control.HandOver.Decision;
import uk.practiceconnect.reminders.control.HandOver.Send;
import uk.practiceconnect.reminders.control.HandOver.Skip;
import uk.practiceconnect.reminders.control.HandOver.Wait;
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
 * The hand-over's database steps, each in a short transaction of its own. Reminders are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so runs and instances side by side take different ones; a
 * reminder's links, its text and its outbox row (dedup key {@code reminder:<id>}) commit together
 * with its QUEUED status, or none of it does. A batch goes in one transaction (fast); when anything
 * in it fails, the dispatcher hands the batch over again one reminder per transaction, so the one
 * that cannot be handed over is marked and the others still go.
 */
@ApplicationScoped
public class HandOverStore {

  /** How long an opt-out link keeps working after the appointment. */
  static final Duration OPT_OUT_LINK_LIFE = Duration.ofDays(60);

  /** A due reminder, by its place in the order reminders are handed over in. */
  public record DueRef(long id, Instant sendAt) {}

  /** What happened to one reminder. */
  public enum Result {
    HANDED_OVER,
    /** Outside the sending window: it waits for the window's next opening. */
    WAITING,
    /** Not sent; the log says why. */
    NOT_SENT,
    /** No longer due, or another run has it. */
    GONE
  }

  @PersistenceContext EntityManager em;
  @Inject SmsOutbox outbox;
  @Inject ReminderTexts texts;
  @Inject OptOuts optOuts;

  /** A page of practices with reminders due now, by id. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> practicesWithDue(Instant now, long afterPracticeId, int max) {
    return em.createQuery(
            "select distinct r.practiceId from Reminder r where r.status = :planned"
                + " and r.sendAt <= :now and r.practiceId > :after order by r.practiceId",
            Long.class)
        .setParameter("planned", ReminderStatus.PLANNED)
        .setParameter("now", now)
        .setParameter("after", afterPracticeId)
        .setMaxResults(max)
        .getResultList();
  }

  /** When the practice was last planned (whatever came of it). */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Instant> lastPlannedAt(Long practiceId) {
    return em.createQuery(
            "select s.lastPlannedAt from ReminderSettings s where s.practiceId = :p", Instant.class)
        .setParameter("p", practiceId)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The practice's due reminders after {@code after} in (send time, id) order. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<DueRef> due(Long practiceId, Instant now, DueRef after, int max) {
    return em
        .createQuery(
            "select r.id, r.sendAt from Reminder r where r.practiceId = :p"
                + " and r.status = :planned and r.sendAt <= :now"
                + " and (r.sendAt > :afterAt or (r.sendAt = :afterAt and r.id > :afterId))"
                + " order by r.sendAt, r.id",
            Object[].class)
        .setParameter("p", practiceId)
        .setParameter("planned", ReminderStatus.PLANNED)
        .setParameter("now", now)
        .setParameter("afterAt", after.sendAt())
        .setParameter("afterId", after.id())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new DueRef((Long) r[0], (Instant) r[1]))
        .toList();
  }

  /** Hands one due reminder over (or not, and records why), if no other run holds it. */
  @Transactional(TxType.REQUIRES_NEW)
  public Result handOver(long reminderId, String practiceName, ReminderRule rule, Instant now) {
    List<Long> locked = lock(List.of(reminderId), now);
    return locked.isEmpty() ? Result.GONE : handOverLocked(reminderId, practiceName, rule, now);
  }

  /**
   * Hands a batch over in one transaction: all of it, or (on any failure) none of it. Returns how
   * many of each result; reminders another run holds are left to it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Map<Result, Integer> handOverAll(
      List<Long> reminderIds, String practiceName, ReminderRule rule, Instant now) {
    Map<Result, Integer> tally = new EnumMap<>(Result.class);
    for (Long id : lock(reminderIds, now)) {
      tally.merge(handOverLocked(id, practiceName, rule, now), 1, Integer::sum);
    }
    return tally;
  }

  /** The ones of these reminders that are still due and that no other run holds, now locked. */
  private List<Long> lock(List<Long> ids, Instant now) {
    return em
        .createNativeQuery(
            "select id from reminder where id in (:ids) and status = 'PLANNED'"
                + " and send_at <= :now order by send_at, id for update skip locked")
        .setParameter("ids", ids)
        .setParameter("now", now)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  private Result handOverLocked(
      long reminderId, String practiceName, ReminderRule rule, Instant now) {
    Reminder r = em.find(Reminder.class, reminderId);
    Decision d =
        HandOver.decide(
            rule,
            new HandOver.Due(r.appointmentStart(), optOuts.has(r), r.mobile().isPresent()),
            now);
    if (d instanceof Skip s) {
      r.stop(s.status(), s.reason(), now);
      return Result.NOT_SENT;
    }
    if (d instanceof Wait w) {
      r.postpone(w.sendAt(), now);
      return Result.WAITING;
    }
    Instant notAfter = ((Send) d).notAfter();
    LinkToken cancel = rule.template().has(Placeholder.CANCEL_LINK) ? LinkToken.generate() : null;
    LinkToken optOut = rule.template().has(Placeholder.OPT_OUT_LINK) ? LinkToken.generate() : null;
    String text =
        texts.reminder(
            rule.template(),
            practiceName,
            r.appointmentStart(),
            r.clinician(),
            cancel == null ? null : cancel.value(),
            optOut == null ? null : optOut.value());
    if (text.length() > SmsMessage.MAX_LENGTH) {
      r.stop(ReminderStatus.NOT_PLANNED, ReminderReason.TEXT_TOO_LONG, now);
      return Result.NOT_SENT;
    }
    if (cancel != null) {
      em.persist(
          ReminderLink.cancel(
              cancel,
              r.practiceId(),
              r.id(),
              r.dateOfBirth().orElse(null),
              r.appointmentStart(),
              now));
    }
    if (optOut != null) {
      em.persist(
          ReminderLink.optOut(
              optOut, r.practiceId(), r.id(), r.appointmentStart().plus(OPT_OUT_LINK_LIFE), now));
    }
    SmsMessage m =
        outbox.enqueue(
            r.practiceId(),
            r.mobile().orElseThrow(),
            text,
            SmsPurpose.REMINDER,
            "reminder:" + r.id(),
            notAfter);
    r.handedOver(m.id(), now);
    return Result.HANDED_OVER;
  }

  /** A reminder whose hand-over failed unexpectedly is not tried again: the log says so. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long reminderId, Instant now) {
    Reminder r = em.find(Reminder.class, reminderId);
    if (r != null && r.status() == ReminderStatus.PLANNED) {
      r.stop(ReminderStatus.NOT_PLANNED, ReminderReason.HANDOVER_FAILED, now);
    }
  }
}
