package uk.practiceconnect.platform.control;

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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import uk.practiceconnect.platform.entity.Attempt;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ThrottlePolicy;
import uk.practiceconnect.platform.entity.ThrottlePolicy.Decision;
import uk.practiceconnect.platform.entity.ThrottlePolicy.Verdict;

/**
 * Limits on attempts that can be guessed (an identity check, a password), counted in the database
 * so that a limit holds across restarts and every instance of a cluster. An attempt is recorded as
 * a failure <em>before</em> the slow or outside check runs, under a row lock per key (so attempts
 * of one key are counted one after the other), and the record is removed when the check succeeds:
 * parallel wrong attempts cannot all get past the count. Each attempt is counted under several keys
 * at once (the thing tried, and the client address it came from). Only hashes of the keys are kept.
 */
@ApplicationScoped
public class Attempts {

  /** One key an attempt counts against, and the limit for it. */
  public record Limit(String key, ThrottlePolicy policy) {}

  /** An attempt counted in: its in-flight records, one per key. */
  public record Ticket(List<Long> records) {}

  /** One try at counting an attempt in: GO (with its ticket), WAIT, or LOCKED (until when). */
  public record Try(Decision decision, Ticket ticket, Instant lockedUntil) {
    static final Try WAIT = new Try(Decision.WAIT, null, null);
    static final Try GO = new Try(Decision.GO, null, null);
  }

  /** An in-flight record older than this belongs to a request that died: a failure. */
  static final Duration IN_FLIGHT_AT_MOST = Duration.ofMinutes(2);

  /** How long an attempt waits for other attempts of the same keys to finish. */
  static final Duration WAIT_AT_MOST = Duration.ofSeconds(20);

  private static final long POLL_MS = 50;
  private static final long MAX_POLL_MS = 400;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Attempts self; // through the proxy, so each step gets its own transaction

  /**
   * Counts this attempt in before it is checked. Waits (briefly) while other attempts still in
   * flight fill a limit; refuses once failures fill one, with {@code tooMany(until, now)}.
   */
  public Ticket begin(List<Limit> limits, BiFunction<Instant, Instant, DomainException> tooMany) {
    List<Limit> ordered =
        limits.stream()
            .sorted(Comparator.comparing(Limit::key))
            .toList(); // lock order: no deadlock
    Instant giveUpAt = clock.instant().plus(WAIT_AT_MOST);
    ensureLocks(ordered);
    for (int round = 0; ; round++) {
      // a look without locks first: while others' attempts fill the limit, waiting costs nothing
      Try t = decide(ordered, clock.instant());
      if (t.decision() == Decision.GO) {
        try {
          t = self.tryBegin(ordered);
        } catch (RuntimeException e) {
          t = Try.WAIT; // a lock wait timed out under load: nothing was written, ask again
        }
      }
      if (t.ticket() != null) {
        return t.ticket();
      }
      if (t.lockedUntil() != null) {
        throw tooMany.apply(t.lockedUntil(), clock.instant());
      }
      if (clock.instant().isAfter(giveUpAt)) {
        throw tooMany.apply(clock.instant().plus(Duration.ofMinutes(1)), clock.instant());
      }
      pause(round);
    }
  }

  /**
   * How many more failures the tightest of these limits allows before it makes people wait (in
   * flight attempts count as failures until they are settled).
   */
  public int triesLeft(List<Limit> limits) {
    Instant now = clock.instant();
    long left = Long.MAX_VALUE;
    for (Limit l : limits) {
      long counted =
          em.createQuery(
                  "select count(a) from Attempt a where a.throttleKey = :k and a.failedAt > :from",
                  Long.class)
              .setParameter("k", l.key())
              .setParameter("from", l.policy().countsFrom(now))
              .getSingleResult();
      left = Math.min(left, Math.max(0, l.policy().maxFailures() - counted));
    }
    return (int) Math.min(left, Integer.MAX_VALUE);
  }

  /** When the next attempt under these limits may be made, if it must wait now. */
  public java.util.Optional<Instant> lockedUntil(List<Limit> limits) {
    Try t = decide(limits, clock.instant());
    return java.util.Optional.ofNullable(t.lockedUntil());
  }

  private Try decide(List<Limit> limits, Instant now) {
    Instant lockedUntil = null;
    boolean wait = false;
    for (Limit limit : limits) {
      Verdict v = verdict(limit, now);
      if (v.decision() == Decision.LOCKED) {
        lockedUntil =
            lockedUntil == null || v.until().isAfter(lockedUntil) ? v.until() : lockedUntil;
      } else if (v.decision() == Decision.WAIT) {
        wait = true;
      }
    }
    if (lockedUntil != null) {
      return new Try(Decision.LOCKED, null, lockedUntil);
    }
    return wait ? Try.WAIT : Try.GO;
  }

  /** One try, in one short transaction holding every key's lock (taken in key order). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Try tryBegin(List<Limit> ordered) {
    ordered.forEach(l -> lock(l.key()));
    Instant now = clock.instant();
    Try verdict = decide(ordered, now);
    if (verdict.decision() != Decision.GO) {
      return verdict;
    }
    List<Attempt> records = new ArrayList<>();
    for (Limit l : ordered) {
      Attempt a = Attempt.inFlight(l.key(), now);
      em.persist(a);
      records.add(a);
    }
    em.flush();
    return new Try(Decision.GO, new Ticket(records.stream().map(Attempt::id).toList()), null);
  }

  private Verdict verdict(Limit limit, Instant now) {
    List<Attempt> recorded =
        em.createQuery(
                "select a from Attempt a where a.throttleKey = :k and a.failedAt > :from",
                Attempt.class)
            .setParameter("k", limit.key())
            .setParameter("from", limit.policy().countsFrom(now))
            .getResultList();
    Instant stale = now.minus(IN_FLIGHT_AT_MOST);
    List<Instant> failures = new ArrayList<>();
    int inFlight = 0;
    for (Attempt a : recorded) {
      if (a.isInFlight() && a.at().isAfter(stale)) {
        inFlight++;
      } else {
        failures.add(a.at());
      }
    }
    return limit.policy().verdict(failures, inFlight, now);
  }

  /** The check said no: the attempt stays counted, as a failure from now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(Ticket ticket) {
    Instant now = clock.instant();
    for (Long id : ticket.records()) {
      Attempt a = em.find(Attempt.class, id);
      if (a != null) {
        a.failed(now);
      }
    }
  }

  /**
   * The check could not be made (the outside system did not answer): the attempt does not count.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void abandoned(Ticket ticket) {
    em.createQuery("delete from Attempt a where a.id in :ids")
        .setParameter("ids", ticket.records())
        .executeUpdate();
  }

  /**
   * The check said yes: the attempt does not count, nor do the earlier failures under {@code
   * forgiven} (the thing now proven; never the client address, whose other tries still count).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(Ticket ticket, String forgiven) {
    em.createQuery(
            "delete from Attempt a where a.id in :ids or (a.throttleKey = :k and a.inFlight ="
                + " false)")
        .setParameter("ids", ticket.records())
        .setParameter("k", forgiven)
        .executeUpdate();
  }

  /** The failures recorded under {@code key} no longer count (in-flight attempts still do). */
  @Transactional
  public void forgive(String key) {
    em.createQuery("delete from Attempt a where a.throttleKey = :k and a.inFlight = false")
        .setParameter("k", key)
        .executeUpdate();
  }

  /** Drops failures older than any window counts (called by housekeeping). */
  @Transactional
  public int forgetOlderThan(Duration longestWindow) {
    Instant before = clock.instant().minus(longestWindow).minusSeconds(60);
    return em.createQuery("delete from Attempt a where a.failedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  /**
   * Makes sure each key's lock row exists, before and outside the transaction that takes the locks:
   * a transaction holding a connection that opened a second one to insert a row would, with enough
   * attempts at once, leave the pool with none (each holding one, waiting for another).
   */
  private void ensureLocks(List<Limit> limits) {
    for (Limit l : limits) {
      boolean exists =
          !em.createNativeQuery("select 1 from attempt_lock where throttle_key = ?1")
              .setParameter(1, l.key())
              .getResultList()
              .isEmpty();
      if (!exists) {
        try {
          self.createLock(l.key());
        } catch (RuntimeException e) {
          // another attempt created it at the same moment: it exists now
        }
      }
    }
  }

  /** An update that changes nothing takes the row lock the same way on H2 and PostgreSQL. */
  private void lock(String key) {
    if (touch(key) == 0) {
      throw new IllegalStateException("No lock row for an attempt key: ensureLocks() comes first");
    }
  }

  private int touch(String key) {
    return em.createNativeQuery(
            "update attempt_lock set throttle_key = throttle_key where throttle_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createLock(String key) {
    em.createNativeQuery("insert into attempt_lock (throttle_key) values (?1)")
        .setParameter(1, key)
        .executeUpdate();
  }

  /** Waits a little longer each round (with jitter, so waiting requests do not move in step). */
  private static void pause(int round) {
    long ms = Math.min(MAX_POLL_MS, POLL_MS << Math.min(round, 3));
    try {
      Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for other attempts", e);
    }
  }

  /** A key for what is limited: the kind, then a hash of the value (the value is never kept). */
  public static String key(String kind, String value) {
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
