package uk.practiceconnect.sms.control;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps the sender under Notify's rate limit by itself: {@code perMinute} tokens a minute, at most
 * {@code burst} saved up, one per request. After a 429 the sender pauses the bucket, so every
 * thread waits instead of hammering Notify. Time comes from a nanosecond ticker so tests can drive
 * it.
 */
public final class TokenBucket {

  /** How a caller waits (tests pass one that advances their ticker). */
  @FunctionalInterface
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private double perNano;
  private double burst;
  private final LongSupplier ticker;
  private double tokens;
  private long last;
  private long pausedUntil;

  public TokenBucket(int perMinute, int burst, LongSupplier ticker) {
    if (perMinute < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be at least 1");
    }
    this.perNano = perMinute / 60e9;
    this.burst = burst;
    this.ticker = ticker;
    this.last = ticker.getAsLong();
    this.pausedUntil = last;
    // start with one token, not a full burst: a restart must not add a burst to the last minute's
    this.tokens = 1;
  }

  public static TokenBucket system(int perMinute, int burst) {
    return new TokenBucket(perMinute, burst, System::nanoTime);
  }

  /**
   * A new rate from now on (e.g. when another instance starts sending too); what was saved up is
   * cut to the new burst, so a change never lets a larger burst through.
   */
  public synchronized void rate(int perMinute, int burst) {
    if (perMinute < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be at least 1");
    }
    refill();
    this.perNano = perMinute / 60e9;
    this.burst = burst;
    this.tokens = Math.min(tokens, burst);
  }

  public synchronized boolean tryTake() {
    long now = refill();
    if (now - pausedUntil < 0 || tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** Nanoseconds until {@link #tryTake()} may succeed (0 when it may now). */
  public synchronized long nanosUntilAvailable() {
    long now = refill();
    long pause = Math.max(0, pausedUntil - now);
    long refillWait = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    return pause + refillWait; // nothing accrues during a pause
  }

  /** Waits for a token; false when {@code maxWait} passed first. */
  public boolean take(Duration maxWait, Sleeper sleeper) throws InterruptedException {
    long deadline = ticker.getAsLong() + maxWait.toNanos();
    while (true) {
      if (tryTake()) {
        return true;
      }
      long left = deadline - ticker.getAsLong();
      if (left <= 0) {
        return false;
      }
      // short naps: another thread may be paused by a 429 meanwhile
      sleeper.sleepNanos(Math.max(100_000, Math.min(left, nanosUntilAvailable())));
    }
  }

  /** A token taken but not used (nothing to send): the next caller may have it. */
  public synchronized void giveBack() {
    refill();
    tokens = Math.min(burst, tokens + 1);
  }

  /** Notify said 429: nobody takes a token for {@code pause}, and no burst builds up meanwhile. */
  public synchronized void pause(Duration pause) {
    long now = refill();
    long until = now + pause.toNanos();
    if (until - pausedUntil > 0) {
      pausedUntil = until;
    }
    tokens = 0;
  }

  synchronized double tokens() {
    refill();
    return tokens;
  }

  private long refill() {
    long now = ticker.getAsLong();
    if (now - pausedUntil < 0) {
      last = now; // nothing accrues during a pause
      return now;
    }
    long from = last - pausedUntil < 0 ? pausedUntil : last;
    tokens = Math.min(burst, tokens + (now - from) * perNano);
    last = now;
    return now;
  }
}
