package uk.practiceconnect.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * "At most N failed identity checks in a sliding window": given the failures recorded for one NHS
 * number or one client address, says whether another attempt must wait, and until when.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

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
}
