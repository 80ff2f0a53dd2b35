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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uk.practiceconnect.booking.entity.IdentityFailure;
import uk.practiceconnect.booking.entity.ThrottlePolicy;
import uk.practiceconnect.booking.entity.ThrottlePolicy.Decision;
import uk.practiceconnect.booking.entity.ThrottlePolicy.Verdict;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;

/**
 * Identity checks counted per NHS number and per client address in the database, so the limit holds
 * across restarts and every instance of a cluster. An attempt is recorded as a failure
 * <em>before</em> EMIS is asked (under a row lock per key, so attempts are counted one after the
 * other) and the record is removed when EMIS matches the patient: parallel wrong attempts cannot
 * all get past the count. Only hashes of the NHS number and the address are stored.
 */
@ApplicationScoped
public class IdentityThrottle {

  /** An attempt that reached EMIS: its two in-flight records (NHS number, address). */
  public record Ticket(List<Long> records) {}

  /**
   * One try at counting an attempt in: GO (with its ticket once written), WAIT, or LOCKED (until
   * when).
   */
  public record Try(Decision decision, Ticket ticket, Instant lockedUntil) {
    static final Try WAIT = new Try(Decision.WAIT, null, null);
    static final Try GO = new Try(Decision.GO, null, null);
  }

  /** An in-flight record older than this belongs to a request that died: a failure. */
  static final Duration IN_FLIGHT_AT_MOST = Duration.ofMinutes(2);

  /** How long an attempt waits for other checks of the same patient or address to finish. */
  static final Duration WAIT_AT_MOST = Duration.ofSeconds(20);

  private static final long POLL_MS = 50;
  private static final long MAX_POLL_MS = 400;

  @PersistenceContext EntityManager em;
  @Inject BookingConfig config;
  @Inject Clock clock;
  @Inject IdentityThrottle self; // through the proxy, so each step gets its own transaction

  /**
   * Counts this attempt in before EMIS is asked. Waits (briefly) while other checks still in flight
   * fill the limit; refuses (429, with the real wait) once failures fill it.
   */
  public Ticket begin(NhsNumber nhs, String address) {
    String nhsKey = key("nhs", nhs.value());
    String addressKey = key("addr", address);
    Instant giveUpAt = clock.instant().plus(WAIT_AT_MOST);
    for (int round = 0; ; round++) {
      // a look without locks first: while others' checks fill the limit, waiting costs nothing
      Try t = look(nhsKey, addressKey);
      if (t.decision() == Decision.GO) {
        try {
          t = self.tryBegin(nhsKey, addressKey);
        } catch (RuntimeException e) {
          t = Try.WAIT; // a lock wait timed out under load: nothing was written, ask again
        }
      }
      if (t.ticket() != null) {
        return t.ticket();
      }
      if (t.lockedUntil() != null) {
        throw tooMany(t.lockedUntil(), clock.instant());
      }
      if (clock.instant().isAfter(giveUpAt)) {
        throw tooMany(clock.instant().plus(Duration.ofMinutes(1)), clock.instant());
      }
      pause(round);
    }
  }

  /** What a try would say now, read without locks (it is checked again under them). */
  private Try look(String nhsKey, String addressKey) {
    Instant now = clock.instant();
    return decide(
        verdict(config.perNhsNumber(), nhsKey, now),
        verdict(config.perAddress(), addressKey, now),
        now);
  }

  private static Try decide(Verdict byNhs, Verdict byAddress, Instant now) {
    if (byNhs.decision() == Decision.LOCKED || byAddress.decision() == Decision.LOCKED) {
      Instant a = byNhs.until() == null ? now : byNhs.until();
      Instant b = byAddress.until() == null ? now : byAddress.until();
      return new Try(Decision.LOCKED, null, a.isAfter(b) ? a : b);
    }
    if (byNhs.decision() == Decision.WAIT || byAddress.decision() == Decision.WAIT) {
      return Try.WAIT;
    }
    return Try.GO;
  }

  /**
   * One try, in one short transaction holding both keys' locks (NHS number first, always, so two
   * attempts never wait for each other crosswise).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Try tryBegin(String nhsKey, String addressKey) {
    lock(nhsKey);
    lock(addressKey);
    Instant now = clock.instant();
    Try verdict =
        decide(
            verdict(config.perNhsNumber(), nhsKey, now),
            verdict(config.perAddress(), addressKey, now),
            now);
    if (verdict.decision() != Decision.GO) {
      return verdict;
    }
    IdentityFailure forNhs = IdentityFailure.inFlight(nhsKey, now);
    IdentityFailure forAddress = IdentityFailure.inFlight(addressKey, now);
    em.persist(forNhs);
    em.persist(forAddress);
    em.flush();
    return new Try(Decision.GO, new Ticket(List.of(forNhs.id(), forAddress.id())), null);
  }

  private Verdict verdict(ThrottlePolicy policy, String key, Instant now) {
    List<IdentityFailure> recorded =
        em.createQuery(
                "select f from IdentityFailure f where f.throttleKey = :k and f.failedAt > :from",
                IdentityFailure.class)
            .setParameter("k", key)
            .setParameter("from", policy.countsFrom(now))
            .getResultList();
    Instant stale = now.minus(IN_FLIGHT_AT_MOST);
    List<Instant> failures = new ArrayList<>();
    int inFlight = 0;
    for (IdentityFailure f : recorded) {
      if (f.isInFlight() && f.at().isAfter(stale)) {
        inFlight++;
      } else {
        failures.add(f.at());
      }
    }
    return policy.verdict(failures, inFlight, now);
  }

  /** EMIS did not match: the attempt stays counted, as a failure from now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(Ticket ticket) {
    Instant now = clock.instant();
    for (Long id : ticket.records()) {
      IdentityFailure f = em.find(IdentityFailure.class, id);
      if (f != null) {
        f.failed(now);
      }
    }
  }

  /** EMIS could not be asked or did not answer: the attempt does not count. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void abandoned(Ticket ticket) {
    em.createQuery("delete from IdentityFailure f where f.id in :ids")
        .setParameter("ids", ticket.records())
        .executeUpdate();
  }

  /** The patient proved who they are: their earlier typos stop counting (the address's do not). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(Ticket ticket, NhsNumber nhs) {
    em.createQuery(
            "delete from IdentityFailure f where f.id in :ids or (f.throttleKey = :k and"
                + " f.inFlight = false)")
        .setParameter("ids", ticket.records())
        .setParameter("k", key("nhs", nhs.value()))
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

  /** An update that changes nothing takes the row lock the same way on H2 and PostgreSQL. */
  private void lock(String key) {
    if (touch(key) == 0) {
      try {
        self.createLock(key);
      } catch (RuntimeException e) {
        // another attempt created it at the same moment: it exists now
      }
      touch(key);
    }
  }

  private int touch(String key) {
    return em.createNativeQuery(
            "update booking_throttle_lock set throttle_key = throttle_key where throttle_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createLock(String key) {
    em.createNativeQuery("insert into booking_throttle_lock (throttle_key) values (?1)")
        .setParameter(1, key)
        .executeUpdate();
  }

  /** "Wait 12 minutes": the real wait, rounded up, never less than a minute in words. */
  static DomainException tooMany(Instant until, Instant now) {
    Duration wait = Duration.between(now, until);
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    long minutes = Math.max(1, (seconds + 59) / 60);
    return DomainException.rateLimited(
        "There have been too many attempts to confirm these details. Wait "
            + minutes
            + (minutes == 1 ? " minute" : " minutes")
            + " and try again, or phone the practice.",
        Duration.ofSeconds(seconds));
  }

  /** Waits a little longer each round (with jitter, so waiting requests do not move in step). */
  private static void pause(int round) {
    long ms = Math.min(MAX_POLL_MS, POLL_MS << Math.min(round, 3));
    try {
      Thread.sleep(ms / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for other identity checks", e);
    }
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
