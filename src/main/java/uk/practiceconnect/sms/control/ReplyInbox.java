package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import uk.practiceconnect.sms.entity.ReadReply;
import uk.practiceconnect.sms.entity.TextReply;

/**
 * The replies read so far ({@code sms_reply}). A reply's row is written in the same transaction as
 * what its listener does, and its key is Notify's id: two instances reading at once, or a crash
 * half-way, can neither act on a reply twice nor lose it.
 */
@ApplicationScoped
public class ReplyInbox {

  @PersistenceContext EntityManager em;
  @Inject Event<TextReply> replies;
  @Inject Clock clock;

  /** Whether this reply was read already (by any instance). */
  @Transactional
  public boolean known(String notifyId) {
    return em.find(ReadReply.class, notifyId) != null;
  }

  /**
   * Drops the record of replies received before {@code before}: Notify lists replies for 7 days, so
   * one older than that can never come round again.
   */
  @Transactional
  public int forget(Instant before) {
    return em.createQuery("delete from ReadReply r where r.receivedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  /**
   * Records the reply as read and lets its listener act, in one transaction; false when it was read
   * before. A second instance doing the same at once fails on the key and rolls back.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean handOver(TextReply reply) {
    if (em.find(ReadReply.class, reply.notifyId()) != null) {
      return false;
    }
    ReadReply read = new ReadReply(reply, clock.instant());
    em.persist(read);
    em.flush(); // the claim: a competing instance stops here, before any listener acts
    replies.fire(reply);
    read.outcome(reply.outcome());
    return true;
  }
}
