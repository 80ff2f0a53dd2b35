package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

/**
 * Failures a test asks for: the next {@code count} text messages sent to this sandbox instance fail
 * with the given status (429, 500 or 503) in Notify's error format, so that the application's
 * retries can be tested. Nothing is stored for a failed attempt.
 */
@ApplicationScoped
public class Faults {

  public static final Set<Integer> STATUSES = Set.of(429, 500, 503);

  private int status;
  private int remaining;

  public synchronized void arm(int status, int count) {
    if (!STATUSES.contains(status) || count < 0) {
      throw new IllegalArgumentException("status must be 429, 500 or 503 and count at least 0");
    }
    this.status = status;
    this.remaining = count;
  }

  public synchronized void clear() {
    remaining = 0;
  }

  public synchronized int remaining() {
    return remaining;
  }

  public synchronized int status() {
    return remaining > 0 ? status : 0;
  }

  /** The failure this attempt must give, if one is still armed. */
  public synchronized Optional<NotifyError> next() {
    if (remaining <= 0) {
      return Optional.empty();
    }
    remaining--;
    return Optional.of(NotifyError.injected(status));
  }
}
