package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.entity.ReceivedText;

/** Texts phones sent to the sandbox service, in {@code sbx_notify_received}, newest first. */
@ApplicationScoped
public class ReceivedTexts {

  /** The inbound number the sandbox pretends the service has (Notify's own test range). */
  public static final String INBOUND_NUMBER = "447700900000";

  @PersistenceContext EntityManager em;

  @Transactional
  public void store(ReceivedText text) {
    em.persist(text);
  }

  @Transactional
  public Optional<ReceivedText> find(UUID id) {
    return Optional.ofNullable(em.find(ReceivedText.class, id));
  }

  /**
   * One page of a service's received texts, newest first, before {@code olderThan} if given; as in
   * Notify, only those of the last seven days.
   */
  @Transactional
  public List<ReceivedText> page(UUID serviceId, Instant olderThan, Instant now, int size) {
    TypedQuery<ReceivedText> q =
        em.createQuery(
                "select t from ReceivedText t where t.serviceId = :service and t.createdAt > :since"
                    + (olderThan == null ? "" : " and t.createdAt < :olderThan")
                    + " order by t.createdAt desc, t.id desc",
                ReceivedText.class)
            .setParameter("service", serviceId)
            .setParameter("since", now.minus(Duration.ofDays(7)))
            .setMaxResults(size);
    if (olderThan != null) {
      q.setParameter("olderThan", olderThan);
    }
    return q.getResultList();
  }
}
