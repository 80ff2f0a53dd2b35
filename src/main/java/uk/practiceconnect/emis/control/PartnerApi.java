package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The only way the rest of the application talks to EMIS (see docs/internal-contracts.md). Each
 * call goes through the practice's circuit breaker and cached session; every failure comes out as a
 * {@link PartnerException}. A failure that is a set-up problem (Login Access, deactivated
 * application, ...) also marks the practice's integration as broken at once; any failure of EMIS
 * (set-up, no answer, errors) also schedules a prompt re-check of the practice's status ({@link
 * StatusRechecks}), without waiting for the next periodic check.
 */
@ApplicationScoped
public class PartnerApi {

  /** How far ahead slotTypes() looks for session types. */
  static final int SLOT_TYPE_DAYS = 28;

  @Inject PartnerSessions sessions;
  @Inject PartnerCalls calls;
  @Inject GuardedCalls guard;
  @Inject Clock clock;
  @Inject Event<AppointmentCancelled> cancelled;

  public List<EmisAppointment> bookedAppointments(Practice practice, Instant from, Instant to) {
    return call(practice, "GetBookedAppointments", t -> calls.bookedAppointments(t, from, to));
  }

  public List<EmisSlot> slots(
      Practice practice, Instant from, Instant to, String slotTypeOrNull, boolean freeOnly) {
    return call(practice, "GetSlots", t -> calls.slots(t, from, to, slotTypeOrNull, freeOnly));
  }

  /** The practice's session/slot types over the next four weeks, for the settings pages. */
  public List<String> slotTypes(Practice practice) {
    LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
    return call(
        practice,
        "GetAppointmentSessions",
        t -> calls.slotTypes(t, today, today.plusDays(SLOT_TYPE_DAYS)));
  }

  public Optional<EmisPatient> matchPatient(
      Practice practice, NhsNumber nhsNumber, LocalDate dateOfBirth, String surname) {
    return call(
        practice, "GetMatchedPatient", t -> calls.matchPatient(t, nhsNumber, dateOfBirth, surname));
  }

  public List<EmisAppointment> patientAppointments(
      Practice practice, NhsNumber nhsNumber, Instant from) {
    return call(
        practice, "GetPatientAppointments", t -> calls.patientAppointments(t, nhsNumber, from));
  }

  /**
   * Books the slot, trying once only. SLOT_NOT_FREE when someone else took it; {@link
   * PartnerException#outcomeUnknown()} when no answer came (read the patient's appointments to find
   * out whether it was booked).
   */
  public EmisAppointment book(
      Practice practice, String slotId, NhsNumber nhsNumber, String reason) {
    return call(practice, "BookAppointment", t -> calls.book(t, slotId, nhsNumber, reason));
  }

  public EmisAppointment cancel(Practice practice, String appointmentId, String reason) {
    return cancel(practice, appointmentId, reason, AppointmentCancelled.Route.OTHER);
  }

  /**
   * Cancels the appointment; once EMIS confirms, fires {@link AppointmentCancelled} (observers run
   * at once, in this thread, and must not throw).
   */
  public EmisAppointment cancel(
      Practice practice, String appointmentId, String reason, AppointmentCancelled.Route route) {
    EmisAppointment done =
        call(practice, "SetAppointmentStatus", t -> calls.cancel(t, appointmentId, reason));
    if (cancelled != null) { // null only in plain unit tests
      cancelled.fire(
          new AppointmentCancelled(practice.id(), appointmentId, route, clock.instant()));
    }
    return done;
  }

  private <T> T call(Practice practice, String callName, Function<String, T> work) {
    return guard.run(
        practice, IntegrationRoute.EMIS, callName, () -> sessions.withSession(practice, work));
  }
}
