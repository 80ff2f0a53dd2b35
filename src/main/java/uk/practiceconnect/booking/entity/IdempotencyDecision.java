package uk.practiceconnect.booking.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * What to do with a booking request whose idempotency key may have been seen before. Kept apart
 * from the database so every case can be tested on its own.
 */
public enum IdempotencyDecision {
  /** Never seen: go ahead and book. */
  NEW,
  /** Seen with the same body and finished: answer exactly as the first time. */
  REPLAY,
  /** Seen with a different body: refuse (422), never book. */
  KEY_REUSED,
  /** Seen with the same body and still with EMIS in another request: ask to retry shortly. */
  IN_PROGRESS,
  /** Seen with the same body but left pending too long: check EMIS, then answer. */
  RECONCILE,
  /**
   * Seen with the same body and given up, EMIS having stayed silent and not had it when asked: try
   * again (looking in EMIS first, in case the first try landed late).
   */
  RETRY;

  /**
   * @param existing the booking stored under the key, or null
   * @param pendingTimeout how long a PENDING booking may be waiting for EMIS in another request
   */
  public static IdempotencyDecision decide(
      Booking existing, String fingerprint, Instant now, Duration pendingTimeout) {
    if (existing == null) {
      return NEW;
    }
    if (existing.isGivenUp() && existing.requestHash().equals(fingerprint)) {
      return RETRY;
    }
    return decide(
        existing.status(),
        existing.requestHash(),
        existing.createdAt(),
        fingerprint,
        now,
        pendingTimeout);
  }

  static IdempotencyDecision decide(
      BookingStatus status,
      String storedFingerprint,
      Instant createdAt,
      String fingerprint,
      Instant now,
      Duration pendingTimeout) {
    if (!storedFingerprint.equals(fingerprint)) {
      return KEY_REUSED;
    }
    if (status != BookingStatus.PENDING) {
      return REPLAY;
    }
    return createdAt.plus(pendingTimeout).isAfter(now) ? IN_PROGRESS : RECONCILE;
  }
}
