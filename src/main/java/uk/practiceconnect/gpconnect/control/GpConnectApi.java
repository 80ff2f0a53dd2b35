package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.practice.entity.Practice;

/** WORK IN PROGRESS (lead): the facade over GpConnectClient, per practice. */
@ApplicationScoped
public class GpConnectApi {

  public List<EmisSlot> slots(
      Practice practice, Instant from, Instant to, String slotTypeOrNull, boolean freeOnly) {
    throw new UnsupportedOperationException();
  }

  public List<String> slotTypes(Practice practice) {
    throw new UnsupportedOperationException();
  }

  public Optional<EmisPatient> matchPatient(
      Practice practice, NhsNumber nhsNumber, LocalDate dateOfBirth, String surname) {
    throw new UnsupportedOperationException();
  }

  public List<EmisAppointment> patientAppointments(
      Practice practice, NhsNumber nhsNumber, Instant from) {
    throw new UnsupportedOperationException();
  }

  public EmisAppointment book(
      Practice practice, String slotId, NhsNumber nhsNumber, String reason) {
    throw new UnsupportedOperationException();
  }

  public EmisAppointment cancel(
      Practice practice, String appointmentId, String reason, AppointmentCancelled.Route route) {
    throw new UnsupportedOperationException();
  }

  public Optional<EmisAppointment> appointment(Practice practice, String appointmentId) {
    throw new UnsupportedOperationException();
  }
}
