package uk.practiceconnect.sandbox.notify.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: holds at most {@code capacity} tokens, refilled at {@code perMinute} a minute;
 * each request takes one. Starts full, so a quiet client may send a burst of {@code capacity}.
 */
public class TokenBucket {

  private static final double NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final Clock clock;
  private final double capacity;
  private final double perNano;
  private double tokens;
  private Instant last;

  public TokenBucket(int perMinute, int capacity, Clock clock) {
    this.clock = clock;
    this.capacity = capacity;
    this.perNano = perMinute / NANOS_PER_MINUTE;
    this.tokens = capacity;
    this.last = clock.instant();
  }

  /** Takes a token if there is one. */
  public synchronized boolean tryTake() {
    Instant now = clock.instant();
    if (now.isAfter(last)) {
      long nanos = Duration.between(last, now).toNanos();
      tokens = Math.min(capacity, tokens + nanos * perNano);
      last = now;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
