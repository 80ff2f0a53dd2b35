package uk.practiceconnect.sms.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.sms.entity.DeliveryStatus;

/**
 * The sender's rules, as pure functions of a claimed text and what Notify answered, so that every
 * path is tested without a server. The one rule that keeps texts exactly once: a text that may have
 * reached Notify ({@code maybeSent}) is looked up by its reference before anything else, and sent
 * again only when Notify says it has no such text.
 */
public final class SendDecisions {

  /** After a retryable failure: 10 s, 20 s, 40 s … at most 10 minutes. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);

  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  static final Duration AUTH_HOLD = Duration.ofMinutes(5);
  static final Duration DAILY_LIMIT_HOLD = Duration.ofMinutes(15);

  private final int maxAttempts;

  public SendDecisions(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** What happens next to a claimed text. */
  public sealed interface Step {}

  /** Ask Notify whether it already has the reference. */
  public record LookUp() implements Step {}

  /** Call Notify's send. */
  public record Send() implements Step {}

  /** Notify has it: record its id, nothing more to send. */
  public record MarkSent(String notifyId, DeliveryStatus status) implements Step {}

  /**
   * Back to the queue until {@code at}. {@code maybeSent}: the next claim must look it up first.
   * {@code counted}: the attempt counts against the limit (a 429 does not). {@code pauseSender}:
   * how long every sender thread should stop (after a 429), or zero.
   */
  public record Requeue(
      Instant at, boolean maybeSent, boolean counted, Duration pauseSender, String detail)
      implements Step {}

  public record Fail(String detail) implements Step {}

  public record Expire() implements Step {}

  /** Whoever queued it took it back ({@code reason}); Notify does not have it. */
  public record Withdraw(String reason) implements Step {}

  /** The first step for a text just claimed. */
  public Step onClaim(boolean maybeSent, Optional<Instant> sendBy, int attempts, Instant now) {
    return onClaim(maybeSent, sendBy, attempts, now, Optional.empty());
  }

  /**
   * As above, for a text that may have been withdrawn meanwhile: one that may be at Notify is still
   * looked up first (if Notify has it, it went, whatever was asked since).
   */
  public Step onClaim(
      boolean maybeSent,
      Optional<Instant> sendBy,
      int attempts,
      Instant now,
      Optional<String> withdrawn) {
    if (maybeSent) {
      return new LookUp();
    }
    return withdrawn.<Step>map(Withdraw::new).orElseGet(() -> sendOrStop(sendBy, attempts, now));
  }

  /** After asking Notify for the reference. */
  public Step afterLookUp(
      NotifyAnswer answer, Optional<Instant> sendBy, int attempts, Instant now) {
    return afterLookUp(answer, sendBy, attempts, now, Optional.empty());
  }

  /** After asking Notify for the reference, for a text that may have been withdrawn meanwhile. */
  public Step afterLookUp(
      NotifyAnswer answer,
      Optional<Instant> sendBy,
      int attempts,
      Instant now,
      Optional<String> withdrawn) {
    return switch (answer.kind()) {
      case ACCEPTED -> new MarkSent(answer.notifyId(), answer.status());
      case NOT_FOUND ->
          withdrawn.<Step>map(Withdraw::new).orElseGet(() -> sendOrStop(sendBy, attempts, now));
      // could not find out: try again later, still not knowing
      default ->
          new Requeue(
              now.plus(backoff(attempts)),
              true,
              true,
              Duration.ZERO,
              "look-up: " + answer.detail());
    };
  }

  /** After calling send. {@code consecutiveThrottles} counts 429s in a row, this one included. */
  public Step afterSend(NotifyAnswer answer, int attempts, int consecutiveThrottles, Instant now) {
    return switch (answer.kind()) {
      case ACCEPTED -> new MarkSent(answer.notifyId(), answer.status());
      case THROTTLED ->
          new Requeue(now, false, false, throttlePause(consecutiveThrottles), answer.detail());
      case DAILY_LIMIT ->
          new Requeue(now.plus(DAILY_LIMIT_HOLD), false, false, DAILY_LIMIT_HOLD, answer.detail());
      case UNAUTHORISED ->
          new Requeue(now.plus(AUTH_HOLD), false, false, Duration.ZERO, answer.detail());
      case REJECTED -> new Fail(answer.detail());
      // a 5xx or no answer: Notify may have it; the next claim looks it up before resending
      case UNCERTAIN, NOT_FOUND ->
          new Requeue(now.plus(backoff(attempts)), true, true, Duration.ZERO, answer.detail());
    };
  }

  private Step sendOrStop(Optional<Instant> sendBy, int attempts, Instant now) {
    if (sendBy.isPresent() && !now.isBefore(sendBy.get())) {
      return new Expire();
    }
    if (attempts > maxAttempts) {
      return new Fail("Notify did not take it after " + maxAttempts + " tries");
    }
    return new Send();
  }

  /** Waiting time after the n-th counted attempt failed. */
  static Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 10));
    Duration d = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /** How long the whole sender pauses after the n-th 429 in a row: 1 s, 2 s, 4 s … 60 s. */
  static Duration throttlePause(int consecutive) {
    int doublings = Math.max(0, Math.min(consecutive - 1, 6));
    Duration d = Duration.ofSeconds(1L << doublings);
    return d.compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : d;
  }
}
