package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.reminders.entity.LogEntry;
import uk.practiceconnect.reminders.entity.LogFilter;
import uk.practiceconnect.reminders.entity.LogStatus;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * The reminder log: a page at a time (for the lazy table, the REST API and the CSV export), the
 * filter choices, and figures per day for the chart. Every query is bounded by practice and
 * appointment dates and served by the (practice, appointment time) index.
 */
@ApplicationScoped
public class ReminderLog {

  private static final String FROM =
      " from Reminder r left join SmsMessage m on m.id = r.smsMessageId"
          + " where r.practiceId = :p and r.appointmentStart >= :from and r.appointmentStart < :to";

  private static final List<String> DELIVERED = List.of("delivered", "sent");
  private static final List<String> FAILURES =
      List.of("permanent-failure", "temporary-failure", "technical-failure");

  @PersistenceContext EntityManager em;

  public List<LogEntry> page(LogFilter f, int first, int size) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select r.id, r.appointmentId, r.appointmentStart, r.clinician, r.slotType,"
                + " r.offsetMinutes, r.revision, r.patientRef, r.nhsMasked, r.mobile, r.sendAt,"
                + " r.status, r.reason, r.patientCancelledAt, m.state, m.deliveryStatus,"
                + " m.sentAt, m.completedAt, m.lastError, m.reference, m.sendBy"
                + FROM
                + where(f)
                + " order by r.appointmentStart, r.appointmentId, r.offsetMinutes desc,"
                + " r.revision",
            Object[].class);
    bind(q, f);
    return q
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList()
        .stream()
        .map(ReminderLog::entry)
        .toList();
  }

  public long count(LogFilter f) {
    TypedQuery<Long> q = em.createQuery("select count(r)" + FROM + where(f), Long.class);
    bind(q, f);
    return q.getSingleResult();
  }

  /** Clinicians and slot types with reminders in the date range, for the filter lists. */
  public List<String> clinicians(Long practiceId, Instant from, Instant to) {
    return distinct("r.clinician", practiceId, from, to);
  }

  public List<String> slotTypes(Long practiceId, Instant from, Instant to) {
    return distinct("r.slotType", practiceId, from, to);
  }

  private List<String> distinct(String field, Long practiceId, Instant from, Instant to) {
    return em.createQuery(
            "select distinct "
                + field
                + " from Reminder r where r.practiceId = :p"
                + " and r.appointmentStart >= :from and r.appointmentStart < :to"
                + " and "
                + field
                + " is not null order by "
                + field,
            String.class)
        .setParameter("p", practiceId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private static String where(LogFilter f) {
    StringBuilder w = new StringBuilder();
    if (f.clinician() != null) {
      w.append(" and r.clinician = :clinician");
    }
    if (f.slotType() != null) {
      w.append(" and r.slotType = :slotType");
    }
    if (f.status() != null) {
      w.append(
          switch (f.status()) {
            case PLANNED -> " and r.status = :rs and r.patientCancelledAt is null";
            case NOT_PLANNED -> " and r.status = :rs and r.patientCancelledAt is null";
            // a text withdrawn after the sender looked it up leaves the reminder QUEUED
            case CANCELLED ->
                " and (r.status = :rs or m.state = :withdrawn) and r.patientCancelledAt is null";
            case CANCELLED_BY_PATIENT -> " and r.patientCancelledAt is not null";
            case QUEUED ->
                " and r.status = :rs and r.patientCancelledAt is null and m.state in :ms";
            case SENT ->
                " and r.status = :rs and r.patientCancelledAt is null and m.state in :ms"
                    + " and (m.deliveryStatus is null or m.deliveryStatus not in :final)";
            case DELIVERED ->
                " and r.status = :rs and r.patientCancelledAt is null and m.state in :ms"
                    + " and m.deliveryStatus in :ds";
            case FAILED ->
                " and r.status = :rs and r.patientCancelledAt is null"
                    + " and (m.state in :ms or m.deliveryStatus in :ds)";
            case EXPIRED ->
                " and r.status = :rs and r.patientCancelledAt is null and m.state in :ms";
          });
    }
    return w.toString();
  }

  private static void bind(TypedQuery<?> q, LogFilter f) {
    q.setParameter("p", f.practiceId()).setParameter("from", f.from()).setParameter("to", f.to());
    if (f.clinician() != null) {
      q.setParameter("clinician", f.clinician());
    }
    if (f.slotType() != null) {
      q.setParameter("slotType", f.slotType());
    }
    if (f.status() == null) {
      return;
    }
    switch (f.status()) {
      case PLANNED -> q.setParameter("rs", ReminderStatus.PLANNED);
      case NOT_PLANNED -> q.setParameter("rs", ReminderStatus.NOT_PLANNED);
      case CANCELLED ->
          q.setParameter("rs", ReminderStatus.CANCELLED)
              .setParameter("withdrawn", SmsState.WITHDRAWN);
      case CANCELLED_BY_PATIENT -> {}
      case QUEUED ->
          q.setParameter("rs", ReminderStatus.QUEUED)
              .setParameter("ms", List.of(SmsState.QUEUED, SmsState.SENDING));
      case SENT ->
          q.setParameter("rs", ReminderStatus.QUEUED)
              .setParameter("ms", List.of(SmsState.SENT))
              .setParameter("final", concat(DELIVERED, FAILURES));
      case DELIVERED ->
          q.setParameter("rs", ReminderStatus.QUEUED)
              .setParameter("ms", List.of(SmsState.SENT))
              .setParameter("ds", DELIVERED);
      case FAILED ->
          q.setParameter("rs", ReminderStatus.QUEUED)
              .setParameter("ms", List.of(SmsState.FAILED))
              .setParameter("ds", FAILURES);
      case EXPIRED ->
          q.setParameter("rs", ReminderStatus.QUEUED).setParameter("ms", List.of(SmsState.EXPIRED));
    }
  }

  private static LogEntry entry(Object[] r) {
    ReminderStatus status = (ReminderStatus) r[11];
    ReminderReason reason = (ReminderReason) r[12];
    SmsState sms = (SmsState) r[14];
    String notifyStatus = (String) r[15];
    DeliveryStatus delivery =
        notifyStatus == null ? null : DeliveryStatus.ofWire(notifyStatus).orElse(null);
    LogStatus log = LogStatus.of(status, r[13] != null, sms, delivery);
    Instant appointmentStart = (Instant) r[2];
    String detail;
    if (reason != null) {
      detail = reason.text();
    } else if (log == LogStatus.EXPIRED) {
      detail = tooLate((Instant) r[20], appointmentStart);
    } else if (delivery != null) {
      detail = delivery.description();
    } else if (r[18] != null) {
      detail = (String) r[18];
    } else {
      detail = "";
    }
    return new LogEntry(
        (Long) r[0],
        (String) r[1],
        appointmentStart,
        (String) r[3],
        (String) r[4],
        ReminderOffset.ofMinutes((Integer) r[5]).label() + " before",
        (Integer) r[6],
        (String) r[7],
        (String) r[8],
        r[9] == null ? "" : new MobileNumber((String) r[9]).masked(),
        (Instant) r[10],
        log,
        detail,
        (Instant) r[16],
        (Instant) r[17],
        (String) r[19],
        notifyStatus,
        log == LogStatus.FAILED
            || log == LogStatus.EXPIRED
            || (log == LogStatus.NOT_PLANNED && reason != null && reason.needsAttention()));
  }

  /** Why a text handed over did not go: its "not after" time passed while Notify was retried. */
  static String tooLate(Instant sendBy, Instant appointmentStart) {
    if (sendBy == null || !sendBy.isBefore(appointmentStart)) {
      return "Not sent: the appointment started before the text could go (Notify was busy or"
          + " not answering)";
    }
    return "Not sent: the sending window closed at "
        + ReminderTexts.time(sendBy)
        + " before the text could go (Notify was busy or not answering)";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
