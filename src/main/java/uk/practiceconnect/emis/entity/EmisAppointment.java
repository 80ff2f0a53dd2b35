package uk.practiceconnect.emis.entity;

import java.time.Instant;

/**
 * A booked appointment in the practice's EMIS appointment book. Its id stays the same when staff
 * move it to another slot, so a changed {@code start} means "moved".
 */
public record EmisAppointment(
    String appointmentId,
    String slotId,
    Instant start,
    Instant end,
    String slotType,
    String clinician,
    String site,
    Instant bookedAt,
    String reason,
    EmisPatient patient) {}
