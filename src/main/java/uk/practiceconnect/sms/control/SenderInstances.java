package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import uk.practiceconnect.sms.entity.SenderInstance;

/**
 * Which instances are sending texts, through the database they share: each says it is alive every
 * {@link #BEAT}; one not heard from for {@link #ALIVE} no longer counts (it stopped or was killed),
 * and its row goes after {@link #FORGET}. Notify's limit is per service, so the live instances
 * split each service's limit evenly (every instance sends for every service: see {@code
 * RateShares}).
 */
@ApplicationScoped
public class SenderInstances {

  public static final Duration BEAT = Duration.ofSeconds(5);
  static final Duration ALIVE = BEAT.multipliedBy(3);
  static final Duration FORGET = Duration.ofMinutes(10);

  private final String id = UUID.randomUUID().toString();

  @PersistenceContext EntityManager em;

  /** Says this instance is alive; returns how many instances are (this one included). */
  @Transactional(TxType.REQUIRES_NEW)
  public int beat(Instant now) {
    SenderInstance me = em.find(SenderInstance.class, id);
    if (me == null) {
      em.persist(new SenderInstance(id, now));
    } else {
      me.seen(now);
    }
    em.flush();
    em.createQuery("delete from SenderInstance i where i.seenAt < :forget")
        .setParameter("forget", now.minus(FORGET))
        .executeUpdate();
    long alive =
        em.createQuery("select count(i) from SenderInstance i where i.seenAt >= :alive", Long.class)
            .setParameter("alive", now.minus(ALIVE))
            .getSingleResult();
    return (int) Math.max(1, alive);
  }

  /** On a clean stop: the others take over its share at their next beat. */
  @Transactional(TxType.REQUIRES_NEW)
  public void leave() {
    em.createQuery("delete from SenderInstance i where i.instanceId = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  /** One instance's part of the service's rate limit. */
  public record Share(int perMinute, int burst) {

    /** An equal share of the rate (at least one a minute) and of the burst (at least one). */
    public static Share of(int perMinute, int burst, int instances) {
      int n = Math.max(1, instances);
      return new Share(Math.max(1, perMinute / n), Math.max(1, burst / n));
    }
  }
}
