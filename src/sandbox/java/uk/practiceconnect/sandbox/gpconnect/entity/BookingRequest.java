package uk.practiceconnect.sandbox.gpconnect.entity;

import java.time.Instant;
import java.util.List;

/** What a valid "book an appointment" request asks for, read from the consumer's Appointment. */
public record BookingRequest(
    String patientId,
    List<String> slotIds,
    Instant start,
    Instant end,
    String description,
    String comment,
    String bookingOrganizationJson,
    Instant created) {

  public BookingRequest {
    slotIds = List.copyOf(slotIds);
  }
}
