package uk.practiceconnect.emis.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which practices may have a status re-check scheduled now: at most one per practice in each {@code
 * window}, however many of its calls fail meanwhile. Thread-safe; in memory per instance.
 */
final class RecheckDebounce {

  private final Duration window;
  private final ConcurrentMap<Long, Instant> scheduledAt = new ConcurrentHashMap<>();

  RecheckDebounce(Duration window) {
    this.window = window;
  }

  /** True for the caller that should schedule a re-check of this practice; false for the rest. */
  boolean claim(Long practiceId, Instant now) {
    boolean[] mine = {false};
    scheduledAt.compute(
        practiceId,
        (id, last) -> {
          if (last != null && now.isBefore(last.plus(window))) {
            return last;
          }
          mine[0] = true;
          return now;
        });
    if (mine[0] && scheduledAt.size() > 1_000) {
      scheduledAt.values().removeIf(at -> !now.isBefore(at.plus(window)));
    }
    return mine[0];
  }

  /** Forgets a claim whose re-check could not be scheduled, so the next failure tries again. */
  void unclaim(Long practiceId, Instant claimedAt) {
    scheduledAt.remove(practiceId, claimedAt);
  }
}
