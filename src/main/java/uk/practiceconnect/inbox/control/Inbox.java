package uk.practiceconnect.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.practiceconnect.inbox.entity.InboxMessage;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A practice's inbox: features post notices to it (in their own transaction, so a notice exists if
 * and only if what it reports was stored), the practice's admins read them.
 */
@ApplicationScoped
public class Inbox {

  /** How many messages a page shows: the newest. */
  public static final int PAGE = 100;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public InboxMessage post(Long practiceId, String sender, String subject, String body) {
    InboxMessage m = new InboxMessage(practiceId, clock.instant(), sender, subject, body);
    em.persist(m);
    return m;
  }

  /**
   * What the unread notices from {@code sender} whose subject starts with {@code subjectStart} told
   * the practice is over (a broken link works again): they stop counting as new, marked read by
   * {@code settledBy} rather than by a person. Returns how many.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int settle(Long practiceId, String sender, String subjectStart, String settledBy) {
    return em.createQuery(
            "update InboxMessage m set m.readAt = :at, m.readBy = :by where m.practiceId ="
                + " :practice and m.sender = :sender and m.readAt is null and m.subject like"
                + " :subject")
        .setParameter("at", clock.instant())
        .setParameter("by", settledBy)
        .setParameter("practice", practiceId)
        .setParameter("sender", sender)
        .setParameter("subject", subjectStart.replace("%", "").replace("_", "") + "%")
        .executeUpdate();
  }

  public List<InboxMessage> messages(Practice practice) {
    return em.createNamedQuery(InboxMessage.OF_PRACTICE, InboxMessage.class)
        .setParameter("practice", practice.id())
        .setMaxResults(PAGE)
        .getResultList();
  }

  public long unread(Long practiceId) {
    return em.createNamedQuery(InboxMessage.UNREAD, Long.class)
        .setParameter("practice", practiceId)
        .getSingleResult();
  }

  @Transactional
  public void markRead(Caller caller, Practice practice, Long messageId) {
    InboxMessage m = em.find(InboxMessage.class, messageId);
    if (m == null || !m.getPracticeId().equals(practice.id())) {
      throw DomainException.notFound("There is no such message in this inbox");
    }
    if (m.markRead(caller.name(), clock.instant())) {
      audit.record(
          caller,
          practice.id(),
          practice.odsCode().value(),
          "INBOX_MESSAGE_READ",
          "inbox",
          "Read \"" + m.getSubject() + "\"");
    }
  }
}
