package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsPurpose;
import uk.practiceconnect.sms.entity.SmsState;
import uk.practiceconnect.sms.entity.TextSettled;

/**
 * Every change of an outbox row's state after it was queued, each in its own short transaction that
 * commits before anything is sent. A claim picks rows with {@code FOR UPDATE SKIP LOCKED}
 * (PostgreSQL and H2 2.x both have it), so concurrent senders, in one JVM or several, take
 * different rows without waiting on each other; the state change itself is a compare-and-set (state
 * and lease owner in the WHERE clause), so a sender whose lease was taken over can record nothing.
 */
@ApplicationScoped
public class OutboxClaims {

  /** The oldest due row nobody else holds locked (both databases skip rows locked by others). */
  static final String CLAIM_SELECT =
      "select id from sms_message where state = 'QUEUED' and next_attempt_at <= :now"
          + " order by next_attempt_at, id limit 1 for update skip locked";

  /** Compare-and-set: only a row still QUEUED becomes ours. */
  static final String CLAIM_UPDATE =
      "update sms_message set state = 'SENDING', lease_owner = :owner,"
          + " lease_until = :until, attempts = attempts + 1"
          + " where id = :id and state = 'QUEUED'";

  static final String MARK_SENT =
      "update sms_message set state = 'SENT', notify_id = :notifyId, notify_service_id = :service,"
          + " delivery_status = :status, sent_at = :now, completed_at = :completed,"
          + " next_status_check_at = :check, maybe_sent = false, last_error = null,"
          + " lease_owner = null, lease_until = null, body = ''"
          + " where id = :id and state = 'SENDING' and lease_owner = :owner";

  static final String RECOVER =
      "update sms_message set state = 'QUEUED', maybe_sent = true, next_attempt_at = :now,"
          + " last_error = 'The sender stopped before it knew whether Notify had it',"
          + " lease_owner = null, lease_until = null"
          + " where state = 'SENDING' and lease_until < :now";

  /**
   * Withdraws a text that no attempt has touched yet: compare-and-set on QUEUED, so it cannot take
   * a text a sender has claimed (a claim's row lock makes this wait, then find it SENDING).
   */
  static final String WITHDRAW =
      "update sms_message set state = 'WITHDRAWN', completed_at = :now, last_error = :reason,"
          + " withdraw_reason = :reason, body = ''"
          + " where id = :id and state = 'QUEUED' and maybe_sent = false";

  /**
   * A text that may already be at Notify (an earlier attempt got no answer) or is being sent right
   * now cannot be taken back, only not sent again: the sender looks it up and withdraws it if
   * Notify has no such text, instead of sending.
   */
  static final String REQUEST_WITHDRAWAL =
      "update sms_message set withdraw_reason = :reason"
          + " where id = :id and state in ('QUEUED', 'SENDING') and withdraw_reason is null";

  @PersistenceContext EntityManager em;
  @Inject Event<TextSettled> settled;

  /** The oldest due text, now SENDING under {@code owner}'s lease; empty when none is due. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<SmsMessage> claimNext(String owner, Instant now, Duration lease) {
    List<?> ids = em.createNativeQuery(CLAIM_SELECT).setParameter("now", now).getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    long id = ((Number) ids.get(0)).longValue();
    int claimed =
        em.createNativeQuery(CLAIM_UPDATE)
            .setParameter("owner", owner)
            .setParameter("until", now.plus(lease))
            .setParameter("id", id)
            .executeUpdate();
    return claimed == 1 ? Optional.ofNullable(em.find(SmsMessage.class, id)) : Optional.empty();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public boolean markSent(
      long id,
      String owner,
      String serviceId,
      String notifyId,
      DeliveryStatus status,
      Instant now) {
    boolean marked =
        em.createNativeQuery(MARK_SENT)
                .setParameter("notifyId", notifyId)
                .setParameter("service", serviceId)
                .setParameter("status", status.wire())
                .setParameter("now", now)
                .setParameter("completed", status.isFinal() ? now : null)
                .setParameter("check", status.isFinal() ? null : StatusSchedule.first(now))
                .setParameter("id", id)
                .setParameter("owner", owner)
                .executeUpdate()
            == 1;
    if (marked && status.isFinal()) {
      settled(id, !status.isFailure(), status.wire(), now);
    }
    return marked;
  }

  /** Tells the feature that queued the text how it ended, in this transaction. */
  private void settled(long id, boolean delivered, String status, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "select practice_id, purpose, dedup_key from sms_message where id = :id")
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      return;
    }
    Object[] row = (Object[]) rows.get(0);
    settled.fire(
        new TextSettled(
            id,
            ((Number) row[0]).longValue(),
            SmsPurpose.valueOf((String) row[1]),
            (String) row[2],
            delivered,
            status,
            now));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public boolean requeue(long id, String owner, SendDecisions.Requeue r) {
    int uncount = r.counted() ? 0 : 1;
    return em.createNativeQuery(
                "update sms_message set state = 'QUEUED', next_attempt_at = :at,"
                    + " maybe_sent = :maybeSent, attempts = attempts - :uncount,"
                    + " throttled = throttled + :uncount, last_error = :detail,"
                    + " lease_owner = null, lease_until = null"
                    + " where id = :id and state = 'SENDING' and lease_owner = :owner")
            .setParameter("at", r.at())
            .setParameter("maybeSent", r.maybeSent())
            .setParameter("uncount", uncount)
            .setParameter("detail", clip(r.detail()))
            .setParameter("id", id)
            .setParameter("owner", owner)
            .executeUpdate()
        == 1;
  }

  /** FAILED, EXPIRED or WITHDRAWN: the sender is done with it. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean finish(long id, String owner, SmsState state, String detail, Instant now) {
    if (state != SmsState.FAILED && state != SmsState.EXPIRED && state != SmsState.WITHDRAWN) {
      throw new IllegalArgumentException(
          "finish is for FAILED, EXPIRED or WITHDRAWN, not " + state);
    }
    boolean finished =
        em.createNativeQuery(
                    "update sms_message set state = :state, completed_at = :now, last_error ="
                        + " :detail, lease_owner = null, lease_until = null, body = ''"
                        + " where id = :id and state = 'SENDING' and lease_owner = :owner")
                .setParameter("state", state.name())
                .setParameter("now", now)
                .setParameter("detail", clip(detail))
                .setParameter("id", id)
                .setParameter("owner", owner)
                .executeUpdate()
            == 1;
    if (finished && state != SmsState.WITHDRAWN) {
      settled(id, false, state.name(), now);
    }
    return finished;
  }

  /**
   * Texts whose sender stopped holding them (it crashed, or stalled past its lease) go back to the
   * queue marked "maybe sent": whoever claims one next asks Notify for its reference first.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int recoverExpiredLeases(Instant now) {
    return em.createNativeQuery(RECOVER).setParameter("now", now).executeUpdate();
  }

  /** Sent texts due a delivery-status check; their next check moves out by {@code lease}. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<SmsMessage> claimStatusChecks(Instant now, int max, Duration lease) {
    List<?> raw =
        em.createNativeQuery(
                "select id from sms_message where state = 'SENT' and next_status_check_at <= :now"
                    + " order by next_status_check_at, id limit :max for update skip locked")
            .setParameter("now", now)
            .setParameter("max", max)
            .getResultList();
    if (raw.isEmpty()) {
      return List.of();
    }
    List<Long> ids = raw.stream().map(o -> ((Number) o).longValue()).toList();
    em.createNativeQuery("update sms_message set next_status_check_at = :later where id in (:ids)")
        .setParameter("later", now.plus(lease))
        .setParameter("ids", ids)
        .executeUpdate();
    return em.createQuery("select m from SmsMessage m where m.id in :ids", SmsMessage.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordStatus(
      long id, DeliveryStatus status, Optional<Instant> nextCheck, Instant now) {
    int changed =
        em.createNativeQuery(
                "update sms_message set delivery_status = :status, status_checks = status_checks + 1,"
                    + " next_status_check_at = :next, completed_at = :completed"
                    + " where id = :id and state = 'SENT'")
            .setParameter("status", status.wire())
            .setParameter("next", status.isFinal() ? null : nextCheck.orElse(null))
            .setParameter("completed", status.isFinal() ? now : null)
            .setParameter("id", id)
            .executeUpdate();
    if (changed == 1 && status.isFinal()) {
      settled(id, !status.isFailure(), status.wire(), now);
    }
  }

  /** Rows per state, for the health check and the benchmark. */
  public Map<SmsState, Long> countByState() {
    Map<SmsState, Long> counts = new EnumMap<>(SmsState.class);
    for (SmsState s : SmsState.values()) {
      counts.put(s, 0L);
    }
    em.createQuery("select m.state, count(m) from SmsMessage m group by m.state", Object[].class)
        .getResultList()
        .forEach(r -> counts.put((SmsState) r[0], (Long) r[1]));
    return counts;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 200);
  }
}
