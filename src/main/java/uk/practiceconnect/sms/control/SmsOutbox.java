package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsPurpose;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * Queues texts for the sender (see docs/internal-contracts.md). A text is written in the caller's
 * transaction, so it exists if and only if the business change that wanted it commits; the sender
 * picks it up within a second or so. The dedup key is unique: queueing the same key again returns
 * the first text, never a second one. (Two transactions that queue one key at the same instant both
 * find none; the second then fails on the unique key and rolls back with its business change.)
 */
@ApplicationScoped
public class SmsOutbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public SmsMessage enqueue(
      Long practiceId, MobileNumber to, String text, SmsPurpose purpose, String dedupKey) {
    return enqueue(practiceId, to, text, purpose, dedupKey, null);
  }

  /** As above; a text still unsent at {@code sendBy} is dropped (EXPIRED), not sent late. */
  @Transactional(TxType.MANDATORY)
  public SmsMessage enqueue(
      Long practiceId,
      MobileNumber to,
      String text,
      SmsPurpose purpose,
      String dedupKey,
      Instant sendBy) {
    Optional<SmsMessage> existing = find(dedupKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    SmsMessage m =
        SmsMessage.queue(practiceId, to, text, purpose, dedupKey, sendBy, clock.instant());
    em.persist(m);
    return m;
  }

  /** What {@link #withdraw} came to. */
  public enum Withdrawal {
    /** It will never go: no attempt had been made. */
    WITHDRAWN,
    /**
     * An attempt is running or may have reached Notify: it is not sent again, and becomes WITHDRAWN
     * unless Notify turns out to have it (then it went, and the outbox says so).
     */
    STOPPING,
    /** It went already, or the sender is done with it. */
    TOO_LATE
  }

  /**
   * Takes a text back, in the caller's transaction (undone with it). Only a QUEUED text that no
   * attempt has touched is withdrawn at once; one mid-send is never interrupted (see {@link
   * Withdrawal#STOPPING}). {@code reason} is shown in logs of what was sent: no personal data.
   */
  @Transactional(TxType.MANDATORY)
  public Withdrawal withdraw(long messageId, String reason) {
    String why = reason.length() > 200 ? reason.substring(0, 200) : reason;
    int withdrawn =
        em.createNativeQuery(OutboxClaims.WITHDRAW)
            .setParameter("now", clock.instant())
            .setParameter("reason", why)
            .setParameter("id", messageId)
            .executeUpdate();
    if (withdrawn == 1) {
      return Withdrawal.WITHDRAWN;
    }
    em.createNativeQuery(OutboxClaims.REQUEST_WITHDRAWAL)
        .setParameter("reason", why)
        .setParameter("id", messageId)
        .executeUpdate();
    List<?> state =
        em.createNativeQuery("select state from sms_message where id = :id")
            .setParameter("id", messageId)
            .getResultList();
    if (state.isEmpty()) {
      return Withdrawal.TOO_LATE;
    }
    return switch (SmsState.valueOf(String.valueOf(state.get(0)).strip())) {
      case QUEUED, SENDING -> Withdrawal.STOPPING;
      case WITHDRAWN -> Withdrawal.WITHDRAWN;
      default -> Withdrawal.TOO_LATE;
    };
  }

  public Optional<SmsMessage> find(String dedupKey) {
    return em.createNamedQuery(SmsMessage.BY_DEDUP_KEY, SmsMessage.class)
        .setParameter("key", dedupKey)
        .getResultStream()
        .findFirst();
  }
}
