package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.RuleBreach;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Asks EMIS to book a claimed (PENDING) booking and records the answer. When EMIS does not answer
 * in time the booking may or may not exist there, so before any second try the patient's
 * appointments in EMIS are read: a booking is never made twice. A booking left PENDING too long is
 * settled the same way, and never deleted: an answer from EMIS that comes later still finds it.
 */
@ApplicationScoped
public class EmisBooking {

  private static final Logger LOG = Logger.getLogger(EmisBooking.class.getName());

  static final String SLOT_TAKEN = "SLOT_TAKEN";
  static final String NOT_MATCHED = "PATIENT_NOT_MATCHED";

  @Inject AppointmentBook partner;
  @Inject Bookings bookings;
  @Inject SlotCatalogue catalogue;
  @Inject BookingSettingsService settings;

  /**
   * @param pending claimed; when it was {@linkplain Booking#wasReopened() reopened} an earlier try
   *     may have reached EMIS late, so EMIS is looked at first
   */
  public Booking book(
      Booking pending, Practice practice, Optional<MobileNumber> textTo, boolean showClinician) {
    try {
      if (pending.wasReopened()) {
        return afterSilence(pending, practice, textTo, showClinician);
      }
      EmisAppointment appointment =
          partner.book(
              practice,
              pending.slotId(),
              pending.slotStart(),
              pending.nhsNumber(),
              pending.reason());
      return confirm(pending, practice, appointment, textTo, showClinician);
    } catch (PartnerException e) {
      if (e.outcomeUnknown()) {
        return afterSilence(pending, practice, textTo, showClinician);
      }
      throw refused(pending, e);
    } catch (DomainException e) {
      throw e;
    } catch (RuntimeException e) {
      // not EMIS's answer but our own failure: the booking stays PENDING for the reconciler
      LOG.log(
          Level.WARNING,
          "Booking {0} left pending: {1}",
          new Object[] {pending.bookingRef(), e.getClass().getName()});
      throw outcomeUnknown();
    }
  }

  /** EMIS did not answer the booking (or an earlier try may have landed): look, then try. */
  private Booking afterSilence(
      Booking pending, Practice practice, Optional<MobileNumber> textTo, boolean showClinician) {
    Optional<EmisAppointment> there = findInEmis(pending, practice);
    if (there.isPresent()) {
      return confirmFound(pending, practice, there.get(), textTo, showClinician);
    }
    try {
      EmisAppointment appointment =
          partner.book(
              practice,
              pending.slotId(),
              pending.slotStart(),
              pending.nhsNumber(),
              pending.reason());
      return confirm(pending, practice, appointment, textTo, showClinician);
    } catch (PartnerException e) {
      if (e.outcomeUnknown()) {
        throw outcomeUnknown(); // stays PENDING: the reconciler or a retry with the key settles it
      }
      if (e.outcome() == PartnerOutcome.SLOT_NOT_FREE) {
        // perhaps by our first, late request
        Optional<EmisAppointment> late = findInEmis(pending, practice);
        if (late.isPresent()) {
          return confirmFound(pending, practice, late.get(), textTo, showClinician);
        }
      }
      throw refused(pending, e);
    }
  }

  /**
   * A booking left PENDING past its time (its request crashed, EMIS stayed silent, or the request
   * is still waiting for EMIS): confirmed if EMIS has it; otherwise given up, so the slot and the
   * patient's limit are free again. The record is kept: if EMIS books it after all, the request
   * still waiting records that (see {@link Bookings#confirm}). Empty when given up.
   */
  public Optional<Booking> resolveStale(Booking stale, Practice practice) {
    if (stale.status() != BookingStatus.PENDING) {
      return Optional.of(stale);
    }
    Instant staleBefore = stale.createdAt().plusMillis(1);
    Optional<EmisAppointment> there = findInEmis(stale, practice);
    if (there.isPresent()) {
      boolean show = settings.rule(practice.id()).showClinician();
      return Optional.of(confirmFound(stale, practice, there.get(), Optional.empty(), show));
    }
    Booking now = bookings.giveUp(stale.id(), staleBefore);
    catalogue.invalidate(practice.id());
    return now == null || now.isGivenUp() ? Optional.empty() : Optional.of(now);
  }

  private Booking confirmFound(
      Booking pending,
      Practice practice,
      EmisAppointment found,
      Optional<MobileNumber> textTo,
      boolean showClinician) {
    Optional<MobileNumber> to =
        textTo.isPresent() ? textTo : BookingService.textTo(found.patient());
    return confirm(pending, practice, found, to, showClinician);
  }

  /**
   * Records EMIS's appointment. Should our record have gone after all, the appointment is cancelled
   * in EMIS again, so EMIS never holds an online booking we have no record of.
   */
  private Booking confirm(
      Booking pending,
      Practice practice,
      EmisAppointment appointment,
      Optional<MobileNumber> textTo,
      boolean showClinician) {
    Optional<Booking> confirmed =
        bookings.confirm(
            pending.id(), appointment.appointmentId(), practice, textTo, showClinician);
    if (confirmed.isPresent()) {
      return confirmed.get();
    }
    LOG.log(
        Level.WARNING,
        "Booking {0} had no record when EMIS confirmed it: cancelling it in EMIS",
        pending.bookingRef());
    try {
      partner.cancel(
          practice,
          appointment.appointmentId(),
          "Not recorded online",
          AppointmentCancelled.Route.ONLINE_BOOKING);
    } catch (PartnerException e) {
      LOG.log(
          Level.SEVERE,
          "EMIS appointment {0} of booking {1} could not be cancelled: {2}",
          new Object[] {appointment.appointmentId(), pending.bookingRef(), e.outcomeLabel()});
    }
    catalogue.invalidate(practice.id());
    throw outcomeUnknown();
  }

  private Optional<EmisAppointment> findInEmis(Booking b, Practice practice) {
    try {
      return partner
          .patientAppointments(practice, b.nhsNumber(), b.slotStart().minusSeconds(1))
          .stream()
          .filter(a -> b.slotId().equals(a.slotId()))
          .findFirst();
    } catch (PartnerException e) {
      throw outcomeUnknown();
    }
  }

  /** EMIS said no: record why and answer with the same words every time. */
  private DomainException refused(Booking pending, PartnerException e) {
    String failure =
        switch (e.outcome()) {
          case SLOT_NOT_FREE, NOT_FOUND -> SLOT_TAKEN;
          case PATIENT_NOT_MATCHED -> NOT_MATCHED;
          case APPOINTMENT_IN_PAST -> RuleBreach.IN_THE_PAST.name();
          default -> null;
        };
    if (failure == null) {
      bookings.discard(pending.id()); // nothing was booked: the key may be tried again
      catalogue.invalidate(pending.practiceId());
      return e;
    }
    bookings.fail(pending.id(), failure);
    if (SLOT_TAKEN.equals(failure)) {
      catalogue.markTaken(pending.practiceId(), pending.slotId());
    }
    return failure(failure);
  }

  static DomainException failure(String failure) {
    if (SLOT_TAKEN.equals(failure)) {
      return slotTaken();
    }
    if (NOT_MATCHED.equals(failure)) {
      return new DomainException(ErrorCode.PATIENT_NOT_MATCHED, IdentityCheck.NOT_MATCHED);
    }
    if (Booking.NOT_BOOKED.equals(failure)) {
      return outcomeUnknown();
    }
    try {
      return BookingService.notAllowed(RuleBreach.valueOf(failure));
    } catch (IllegalArgumentException e) {
      return new DomainException(ErrorCode.BOOKING_NOT_ALLOWED, "EMIS did not accept this booking");
    }
  }

  static DomainException slotTaken() {
    return new DomainException(
        ErrorCode.SLOT_TAKEN, "That time has just been taken. Please choose another time.");
  }

  static DomainException outcomeUnknown() {
    return new DomainException(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        "EMIS did not confirm the booking in time. Ask again with the same Idempotency-Key in a"
            + " minute: you will get the booking if it was made, and it will never be made twice.");
  }
}
