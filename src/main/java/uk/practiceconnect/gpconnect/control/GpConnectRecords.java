package uk.practiceconnect.gpconnect.control;

import java.time.Duration;
import java.util.List;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.ResourceRef;

/**
 * GP Connect's records in the appointment-book words booking already uses ({@code emis.entity}), so
 * booking can list, book and show appointments whichever route a practice uses. What has no
 * counterpart: a slot's session is its schedule; GP Connect says nothing of SMS consent (false).
 */
public final class GpConnectRecords {

  /** The slot type booking shows when the provider names neither the slot's nor the session's. */
  public static final String UNNAMED_SLOT_TYPE = "Appointment";

  private GpConnectRecords() {}

  public static EmisSlot slot(GpConnectSlot slot) {
    return new EmisSlot(
        slot.slotId(),
        slot.scheduleId(),
        slot.start().instant(),
        slot.end().instant(),
        minutes(slot.length()),
        slotType(slot.slotType(), slot.scheduleType()),
        name(slot.practitioner()),
        EmisSlot.Status.FREE);
  }

  public static List<EmisSlot> slots(List<GpConnectSlot> slots) {
    return slots.stream().map(GpConnectRecords::slot).toList();
  }

  /**
   * An appointment with the patient it belongs to (a GP Connect appointment names the patient by
   * reference only). {@code reason} is the booking's comment, the patient's own words.
   */
  public static EmisAppointment appointment(
      GpConnectAppointment appointment, GpConnectPatient patient) {
    return new EmisAppointment(
        appointment.appointmentId(),
        appointment.slotIds().isEmpty() ? null : appointment.slotIds().get(0),
        appointment.start().instant(),
        appointment.end().instant(),
        slotType(appointment.slotType(), appointment.scheduleType()),
        name(appointment.practitioner()),
        name(appointment.location()),
        appointment.created(),
        appointment.comment(),
        patient == null ? null : patient(patient));
  }

  /** The patient's booked appointments: cancelled ones are left out, as EMIS leaves them out. */
  public static List<EmisAppointment> booked(
      List<GpConnectAppointment> appointments, GpConnectPatient patient) {
    return appointments.stream()
        .filter(a -> !a.isCancelled())
        .map(a -> appointment(a, patient))
        .toList();
  }

  public static EmisPatient patient(GpConnectPatient patient) {
    return new EmisPatient(
        patient.logicalId(),
        patient.nhsNumber(),
        patient.title(),
        patient.forenames(),
        patient.surname(),
        patient.dateOfBirth(),
        patient.postcode(),
        patient.mobile(),
        false);
  }

  private static String slotType(String slotType, String scheduleType) {
    if (slotType != null && !slotType.isBlank()) {
      return slotType.strip();
    }
    if (scheduleType != null && !scheduleType.isBlank()) {
      return scheduleType.strip();
    }
    return UNNAMED_SLOT_TYPE;
  }

  /** Whole minutes, rounded up: providers end slots at 11:59:59 as often as at 12:00:00. */
  private static int minutes(Duration length) {
    return (int) ((length.toSeconds() + 59) / 60);
  }

  private static String name(ResourceRef ref) {
    return ref == null ? null : ref.name();
  }
}
