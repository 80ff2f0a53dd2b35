package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsPurpose;

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

  public Optional<SmsMessage> find(String dedupKey) {
    return em.createNamedQuery(SmsMessage.BY_DEDUP_KEY, SmsMessage.class)
        .setParameter("key", dedupKey)
        .getResultStream()
        .findFirst();
  }
}
