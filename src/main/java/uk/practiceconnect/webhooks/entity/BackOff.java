package uk.practiceconnect.webhooks.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 5 s after the first failure, then four times longer each
 * time (20 s, 80 s, about 5 and 21 minutes, 85 minutes) up to 4 hours apart, for 24 hours from when
 * it was queued; a last try lands on the 24-hour mark. After that it has failed for good.
 */
public final class BackOff {

  public static final Duration FIRST = Duration.ofSeconds(5);
  public static final Duration LONGEST = Duration.ofHours(4);
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  private BackOff() {}

  /** The wait after the {@code failedTries}-th failed try (1 for the first). */
  public static Duration delay(int failedTries) {
    Duration d = FIRST;
    for (int i = 1; i < failedTries && d.compareTo(LONGEST) < 0; i++) {
      d = d.multipliedBy(4);
    }
    return d.compareTo(LONGEST) > 0 ? LONGEST : d;
  }

  /** The next try after a failure at {@code now}; empty once the 24 hours are up. */
  public static Optional<Instant> next(Instant queuedAt, int failedTries, Instant now) {
    Instant end = queuedAt.plus(GIVE_UP_AFTER);
    if (!now.isBefore(end)) {
      return Optional.empty();
    }
    Instant at = now.plus(delay(failedTries));
    return Optional.of(at.isAfter(end) ? end : at);
  }
}
