package uk.practiceconnect.emis.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The circuit breaker of one practice's EMIS. After {@code threshold} transient failures in a row
 * it opens: calls for this practice fail at once for {@code openFor}, so a silent EMIS costs its
 * own practice a fast failure rather than every caller a timeout. Then one trial call is let
 * through (half open): if EMIS answers, the breaker closes; if not, it opens again. Any answer from
 * EMIS counts as success here (even "slot not free"): the breaker is about EMIS being there.
 *
 * <p>MicroProfile's {@code @CircuitBreaker} keeps one state per method, not per practice, which is
 * why this exists.
 */
final class PracticeBreaker {

  enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;

  private State state = State.CLOSED;
  private int failuresInARow;
  private Instant openedAt;
  private boolean trialInFlight;

  PracticeBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = Math.max(1, threshold);
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Whether a call may go ahead now; in half-open state only one trial call at a time. */
  synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (clock.instant().isBefore(openedAt.plus(openFor))) {
          return false;
        }
        state = State.HALF_OPEN;
        trialInFlight = true;
        return true;
      default: // HALF_OPEN
        if (trialInFlight) {
          return false;
        }
        trialInFlight = true;
        return true;
    }
  }

  synchronized void onSuccess() {
    state = State.CLOSED;
    failuresInARow = 0;
    trialInFlight = false;
  }

  /**
   * A call that ended without telling anything about EMIS (refused here before EMIS was asked):
   * frees a half-open breaker's trial for the next caller and changes nothing else.
   */
  synchronized void release() {
    trialInFlight = false;
  }

  synchronized void onFailure() {
    trialInFlight = false;
    failuresInARow++;
    if (state == State.HALF_OPEN || failuresInARow >= threshold) {
      state = State.OPEN;
      openedAt = clock.instant();
    }
  }

  synchronized State state() {
    if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
      return State.HALF_OPEN; // as the next caller will find it
    }
    return state;
  }

  /** How long until a trial call is let through (zero unless open). */
  synchronized Duration retryAfter() {
    if (state != State.OPEN) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
