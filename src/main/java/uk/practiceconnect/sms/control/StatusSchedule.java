package uk.practiceconnect.sms.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to ask Notify again for the delivery status of a text it accepted: soon at first (most texts
 * are delivered within seconds), then less and less often, and never after Notify's 7 days of
 * keeping it.
 */
public final class StatusSchedule {

  static final List<Duration> GAPS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(6));

  static final Duration NOTIFY_KEEPS = Duration.ofDays(7);

  private StatusSchedule() {}

  /** The next check after {@code checksDone} checks, or empty when it is no longer worth one. */
  public static Optional<Instant> next(Instant sentAt, int checksDone, Instant now) {
    Duration gap = GAPS.get(Math.min(checksDone, GAPS.size() - 1));
    Instant at = now.plus(gap);
    return at.isAfter(sentAt.plus(NOTIFY_KEEPS)) ? Optional.empty() : Optional.of(at);
  }

  /** The first check, right after Notify accepted it. */
  public static Instant first(Instant sentAt) {
    return sentAt.plus(GAPS.get(0));
  }
}
