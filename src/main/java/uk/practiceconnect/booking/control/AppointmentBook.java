package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.gpconnect.control.GpConnectApi;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The practice's appointment book, whichever route reaches it: the EMIS partner API or GP Connect
 * (the practice's {@link IntegrationRoute}). Both answer in the same vocabulary and fail with the
 * same {@code PartnerException}, so booking is written once for both.
 */
@ApplicationScoped
public class AppointmentBook {

  @Inject PartnerApi emis;
  @Inject GpConnectApi gpConnect;

  public List<EmisSlot> slots(
      Practice practice, Instant from, Instant to, String slotTypeOrNull, boolean freeOnly) {
    return viaGpConnect(practice)
        ? gpConnect.slots(practice, from, to, slotTypeOrNull, freeOnly)
        : emis.slots(practice, from, to, slotTypeOrNull, freeOnly);
  }

  public List<String> slotTypes(Practice practice) {
    return viaGpConnect(practice) ? gpConnect.slotTypes(practice) : emis.slotTypes(practice);
  }

  public Optional<EmisPatient> matchPatient(
      Practice practice, NhsNumber nhsNumber, LocalDate dateOfBirth, String surname) {
    return viaGpConnect(practice)
        ? gpConnect.matchPatient(practice, nhsNumber, dateOfBirth, surname)
        : emis.matchPatient(practice, nhsNumber, dateOfBirth, surname);
  }

  public List<EmisAppointment> patientAppointments(
      Practice practice, NhsNumber nhsNumber, Instant from) {
    return viaGpConnect(practice)
        ? gpConnect.patientAppointments(practice, nhsNumber, from)
        : emis.patientAppointments(practice, nhsNumber, from);
  }

  /** {@code slotStart} finds the slot again where the route books by times (GP Connect). */
  public EmisAppointment book(
      Practice practice, String slotId, Instant slotStart, NhsNumber nhsNumber, String reason) {
    return viaGpConnect(practice)
        ? gpConnect.book(practice, slotId, slotStart, nhsNumber, reason)
        : emis.book(practice, slotId, nhsNumber, reason);
  }

  public EmisAppointment cancel(
      Practice practice, String appointmentId, String reason, AppointmentCancelled.Route route) {
    return viaGpConnect(practice)
        ? gpConnect.cancel(practice, appointmentId, reason, route)
        : emis.cancel(practice, appointmentId, reason, route);
  }

  /**
   * Every booked appointment in a range: EMIS lists its whole book; GP Connect cannot, so for a GP
   * Connect practice the caller reads each appointment instead ({@link #appointment}).
   */
  public boolean listsWholeBook(Practice practice) {
    return !viaGpConnect(practice);
  }

  public List<EmisAppointment> bookedAppointments(Practice practice, Instant from, Instant to) {
    if (viaGpConnect(practice)) {
      throw new IllegalStateException("GP Connect cannot list a practice's whole book");
    }
    return emis.bookedAppointments(practice, from, to);
  }

  /** One appointment as the GP system holds it now (GP Connect practices only); empty if gone. */
  public Optional<EmisAppointment> appointment(Practice practice, String appointmentId) {
    return gpConnect.appointment(practice, appointmentId);
  }

  /**
   * Whether the open patient page (no invitation) may be offered: not through GP Connect, where
   * patient self-service belongs to NHS England's patient-facing API behind NHS login.
   */
  public static boolean offersOpenPage(Practice practice) {
    return !viaGpConnect(practice);
  }

  static boolean viaGpConnect(Practice practice) {
    return practice.integrationRoute() == IntegrationRoute.GP_CONNECT;
  }
}
