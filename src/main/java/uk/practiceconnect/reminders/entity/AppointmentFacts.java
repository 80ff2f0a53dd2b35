package uk.practiceconnect.reminders.entity;

import java.time.Instant;
import java.time.LocalDate;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.patient.entity.MobileNumber;

/**
 * What planning needs to know of one booked appointment, taken from EMIS: when, with whom, which
 * slot type, and the patient's mobile (null unless it is a valid UK mobile), SMS consent and keys
 * (by NHS number, and by mobile: {@code phone}, for opt-outs).
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
    LocalDate dateOfBirth,
    PatientKey phone) {

  /** Without the key of the mobile (a test's appointment, say). */
  public AppointmentFacts(
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
    this(
        appointmentId,
        start,
        clinician,
        slotType,
        patientRef,
        nhsMasked,
        patient,
        mobile,
        smsConsent,
        dateOfBirth,
        null);
  }

  public static AppointmentFacts of(Long practiceId, EmisAppointment a) {
    EmisPatient p = a.patient();
    MobileNumber mobile = p == null ? null : p.mobileNumber().orElse(null);
    return new AppointmentFacts(
        a.appointmentId(),
        a.start(),
        a.clinician(),
        SlotType.fromEmis(a.slotType()).value(),
        p == null ? null : p.patientId(),
        p == null || p.nhsNumber() == null ? null : p.nhsNumber().masked(),
        p == null || p.nhsNumber() == null ? null : PatientKey.of(practiceId, p.nhsNumber()),
        mobile,
        p != null && p.smsConsent(),
        p == null ? null : p.dateOfBirth(),
        mobile == null ? null : PatientKey.ofMobile(practiceId, mobile));
  }

  @Override
  public String toString() {
    return "AppointmentFacts[" + appointmentId + ", " + start + "]";
  }
}
