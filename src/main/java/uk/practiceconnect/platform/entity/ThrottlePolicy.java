package uk.practiceconnect.platform.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * "At most N failed attempts in a sliding window" (identity checks of one NHS number, sign-ins of
 * one username, either from one client address): given the failures recorded for one key, says
 * whether another attempt must wait, and until when. Attempts still waiting for their answer count
 * as failures until they have one, so N parallel attempts never all get past a limit of fewer than
 * N.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

  /** What to do with one more attempt. */
  public enum Decision {
    /** Go ahead (and count this attempt as in flight). */
    GO,
    /** Checks in flight fill the limit: wait for their answers, then ask again. */
    WAIT,
    /** Failures fill the limit: refuse until {@link Verdict#until()}. */
    LOCKED
  }

  /** A decision; {@code until} is set for LOCKED only. */
  public record Verdict(Decision decision, Instant until) {
    static final Verdict GO = new Verdict(Decision.GO, null);
    static final Verdict WAIT = new Verdict(Decision.WAIT, null);
  }

  public ThrottlePolicy {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a throttle needs at least one try and a window");
    }
  }

  /** Failures before this instant no longer count. */
  public Instant countsFrom(Instant now) {
    return now.minus(window);
  }

  /** When the next attempt may be made, if it must wait at all. */
  public Optional<Instant> lockedUntil(Collection<Instant> failures, Instant now) {
    Instant from = countsFrom(now);
    var recent = failures.stream().filter(f -> f.isAfter(from)).sorted().toList();
    if (recent.size() < maxFailures) {
      return Optional.empty();
    }
    // the window frees up when the oldest failure that keeps it full drops out
    return Optional.of(recent.get(recent.size() - maxFailures).plus(window));
  }

  /**
   * @param failures when each recorded failure happened
   * @param inFlight attempts that started and are still waiting for EMIS
   */
  public Verdict verdict(Collection<Instant> failures, int inFlight, Instant now) {
    Optional<Instant> locked = lockedUntil(failures, now);
    if (locked.isPresent()) {
      return new Verdict(Decision.LOCKED, locked.get());
    }
    Instant from = countsFrom(now);
    long recent = failures.stream().filter(f -> f.isAfter(from)).count();
    return recent + inFlight >= maxFailures ? Verdict.WAIT : Verdict.GO;
  }
}
