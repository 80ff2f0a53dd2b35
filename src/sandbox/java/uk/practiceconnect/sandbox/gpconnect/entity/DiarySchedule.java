package uk.practiceconnect.sandbox.gpconnect.entity;

import java.time.LocalTime;
import java.util.List;

/**
 * One clinician's recurring diary (a FHIR Schedule): the practice's session name (GP Connect's
 * schedule type, {@code Schedule.serviceCategory.text}), the slot type its slots carry ({@code
 * Slot.serviceType.text}), how the appointments are delivered, and the opening hours of its
 * sessions on each working day, cut into slots of {@code slotMinutes}.
 */
public record DiarySchedule(
    String id,
    String clinicianId,
    String sessionName,
    String slotType,
    String deliveryChannel,
    List<LocalTime[]> sessions,
    int slotMinutes) {

  public DiarySchedule {
    sessions = List.copyOf(sessions);
  }
}
