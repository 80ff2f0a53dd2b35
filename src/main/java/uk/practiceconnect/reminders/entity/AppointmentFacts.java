package uk.practiceconnect.reminders.entity;

import java.time.Instant;
import java.time.LocalDate;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.patient.entity.MobileNumber;

/**
 * What planning needs to know of one booked appointment, taken from EMIS: when, with whom, which
 * slot type, and the patient's mobile (null unless it is a valid UK mobile), SMS consent and key.
 */
public record AppointmentFacts(
    String appointmentId,
    Instant start,
    String clinician,
    String slotType,
    String patientRef,
    String nhsMasked,
    PatientKey patient,
    MobileNumber mobile,
    boolean smsConsent,
    LocalDate dateOfBirth) {

  public static AppointmentFacts of(Long practiceId, EmisAppointment a) {
    EmisPatient p = a.patient();
    return new AppointmentFacts(
        a.appointmentId(),
        a.start(),
        a.clinician(),
        SlotType.fromEmis(a.slotType()).name(),
        p == null ? null : p.patientId(),
        p == null || p.nhsNumber() == null ? null : p.nhsNumber().masked(),
        p == null || p.nhsNumber() == null ? null : PatientKey.of(practiceId, p.nhsNumber()),
        p == null ? null : p.mobileNumber().orElse(null),
        p != null && p.smsConsent(),
        p == null ? null : p.dateOfBirth());
  }

  @Override
  public String toString() {
    return "AppointmentFacts[" + appointmentId + ", " + start + "]";
  }
}
