package uk.practiceconnect.reminders.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the reminder log shows: one practice's reminders of appointments in [from, to), optionally
 * of one status, clinician and slot type.
 */
public record LogFilter(
    Long practiceId, Instant from, Instant to, LogStatus status, String clinician, String slotType)
    implements Serializable {}
