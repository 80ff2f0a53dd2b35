package uk.practiceconnect.sandbox.notify.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast a sandbox message moves on: {@code created} until {@code sendingAfter} has passed since
 * it was accepted, then {@code sending} until {@code finalAfter}, then its fate (normally {@code
 * delivered}). Computed whenever it is read, so no timer has to walk the outbox.
 */
public record DeliveryTimeline(Duration sendingAfter, Duration finalAfter) {

  public DeliveryTimeline {
    if (sendingAfter.isNegative() || finalAfter.compareTo(sendingAfter) < 0) {
      throw new IllegalArgumentException("0 <= sending-after <= final-after is required");
    }
  }

  /** Where a message stands at one moment: its status and when it was sent and completed. */
  public record Progress(DeliveryStatus status, Instant sentAt, Instant completedAt) {}

  public Progress progress(
      Instant createdAt,
      DeliveryStatus fate,
      DeliveryStatus forced,
      Instant forcedAt,
      Instant now) {
    Instant sending = createdAt.plus(sendingAfter);
    if (forced != null) {
      Instant sent = forced == DeliveryStatus.CREATED ? null : earlier(sending, forcedAt);
      return new Progress(forced, sent, forced.terminal() ? forcedAt : null);
    }
    if (now.isBefore(sending)) {
      return new Progress(DeliveryStatus.CREATED, null, null);
    }
    Instant done = createdAt.plus(finalAfter);
    if (now.isBefore(done)) {
      return new Progress(DeliveryStatus.SENDING, sending, null);
    }
    return new Progress(fate, sending, fate.terminal() ? done : null);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
