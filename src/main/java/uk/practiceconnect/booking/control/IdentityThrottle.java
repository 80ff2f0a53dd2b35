package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.booking.entity.IdentityFailure;
import uk.practiceconnect.booking.entity.ThrottlePolicy;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * Failed identity checks, counted per NHS number and per client address in the database, so the
 * limit holds across restarts and across every instance of a cluster. Only hashes of the NHS number
 * and the address are stored.
 */
@ApplicationScoped
public class IdentityThrottle {

  @PersistenceContext EntityManager em;
  @Inject BookingConfig config;
  @Inject Clock clock;
  @Inject IdentityThrottle self; // through the proxy, so forget() gets its own transaction

  /** When the next identity check may be made for this patient or from this address. */
  public Optional<Instant> lockedUntil(NhsNumber nhs, String address) {
    Instant now = clock.instant();
    Optional<Instant> byNhs = check(config.perNhsNumber(), key("nhs", nhs.value()), now);
    Optional<Instant> byAddress = check(config.perAddress(), key("addr", address), now);
    if (byNhs.isPresent() && byAddress.isPresent()) {
      return Optional.of(byNhs.get().isAfter(byAddress.get()) ? byNhs.get() : byAddress.get());
    }
    return byNhs.isPresent() ? byNhs : byAddress;
  }

  private Optional<Instant> check(ThrottlePolicy policy, String key, Instant now) {
    List<Instant> failures =
        em.createQuery(
                "select f.failedAt from IdentityFailure f where f.throttleKey = :k"
                    + " and f.failedAt > :from",
                Instant.class)
            .setParameter("k", key)
            .setParameter("from", policy.countsFrom(now))
            .getResultList();
    return policy.lockedUntil(failures, now);
  }

  /** Stored in its own transaction: the failure counts even if the caller's work rolls back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(NhsNumber nhs, String address) {
    Instant now = clock.instant();
    em.persist(new IdentityFailure(key("nhs", nhs.value()), now));
    em.persist(new IdentityFailure(key("addr", address), now));
  }

  /** The patient proved who they are: their earlier typos stop counting (the address's do not). */
  public void succeeded(NhsNumber nhs) {
    String k = key("nhs", nhs.value());
    // nearly always there is nothing to forget: a read is cheaper than a transaction of its own
    long any =
        em.createQuery(
                "select count(f) from IdentityFailure f where f.throttleKey = :k", Long.class)
            .setParameter("k", k)
            .getSingleResult();
    if (any > 0) {
      self.forget(k);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forget(String throttleKey) {
    em.createQuery("delete from IdentityFailure f where f.throttleKey = :k")
        .setParameter("k", throttleKey)
        .executeUpdate();
  }

  /** Drops failures too old to count (called by the booking housekeeping). */
  @Transactional
  public int forgetOld() {
    Instant before = clock.instant().minus(config.perAddress().window()).minusSeconds(60);
    return em.createQuery("delete from IdentityFailure f where f.failedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  static String key(String kind, String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((kind + ":" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
      return kind + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
