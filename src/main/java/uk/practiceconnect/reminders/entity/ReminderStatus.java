package uk.practiceconnect.reminders.entity;

/**
 * Where a planned reminder is. Once QUEUED the SMS outbox row tells the rest (sent, delivered…).
 */
public enum ReminderStatus {
  /** Will be handed to the outbox at its send time. */
  PLANNED,
  /** Will not be sent; {@link ReminderReason} says why, for staff reading the log. */
  NOT_PLANNED,
  /** Was planned, then the appointment went, moved, or the rules changed. */
  CANCELLED,
  /** Handed to the SMS outbox (exactly once: the outbox's dedup key is the reminder's id). */
  QUEUED
}
