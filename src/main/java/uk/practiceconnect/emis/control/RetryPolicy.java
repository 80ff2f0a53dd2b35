package uk.practiceconnect.emis.control;

import java.time.Duration;
import java.util.Optional;
import uk.practiceconnect.emis.entity.PartnerException;

/**
 * When to try a partner call again: only after a transient failure (EMIS busy or silent), at most
 * {@code maxAttempts} times in all, waiting longer each time (exponential back-off with jitter, so
 * many callers do not retry in step). A call that is not repeatable — a booking, which may have
 * happened even though no answer came — is never retried.
 */
record RetryPolicy(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

  static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2));

  RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /**
   * The wait before the next attempt, or empty to give up.
   *
   * @param attemptsMade attempts so far (1 after the first)
   * @param random01 a number in [0, 1) for the jitter
   */
  Optional<Duration> next(
      int attemptsMade, PartnerException failure, boolean repeatable, double random01) {
    if (!repeatable || !failure.isTransient() || attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    double base = firstDelay.toMillis() * Math.pow(multiplier, attemptsMade - 1);
    double jittered = base * (0.75 + 0.5 * random01); // ±25 %
    return Optional.of(Duration.ofMillis(Math.round(Math.min(jittered, maxDelay.toMillis()))));
  }
}
