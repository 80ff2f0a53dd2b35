package uk.practiceconnect.sms.entity;

/**
 * Where a text is in the outbox. Only {@link #SENDING} holds a lease; {@link #SENT}, {@link
 * #FAILED}, {@link #EXPIRED} and {@link #WITHDRAWN} are final for the sender (delivery status goes
 * on being read for SENT).
 */
public enum SmsState {
  /** Waiting to be sent (again), not before {@code next_attempt_at}. */
  QUEUED,
  /** Claimed by one sender, whose lease says until when; after that it may have crashed. */
  SENDING,
  /** Notify accepted it (it has a Notify id). */
  SENT,
  /** Notify refused it for good, or it failed too often. */
  FAILED,
  /** Its send-by time passed before it could go (a reminder after its appointment is no use). */
  EXPIRED,
  /** Taken back before it went (the appointment was cancelled, the patient opted out). */
  WITHDRAWN
}
