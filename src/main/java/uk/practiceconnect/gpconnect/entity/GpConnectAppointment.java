package uk.practiceconnect.gpconnect.entity;

import java.time.Instant;
import java.util.List;

/**
 * An appointment as the provider holds it. {@code versionId} is what a change must quote in {@code
 * If-Match}; {@code status} is FHIR's ({@code booked}, {@code cancelled}, ...): a patient's
 * appointments include cancelled ones. Description and comment are what the booking organisation
 * wrote (free text, never logged).
 */
public record GpConnectAppointment(
    String appointmentId,
    String versionId,
    String status,
    ProviderDateTime start,
    ProviderDateTime end,
    List<String> slotIds,
    String patientId,
    ResourceRef location,
    ResourceRef practitioner,
    String slotType,
    String scheduleType,
    String description,
    String comment,
    Instant created,
    String cancellationReason) {

  public GpConnectAppointment {
    slotIds = List.copyOf(slotIds);
  }

  public boolean isCancelled() {
    return "cancelled".equals(status);
  }

  @Override
  public String toString() {
    return "GpConnectAppointment[" + appointmentId + ", " + status + "]";
  }
}
