package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.RuleBreach;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Asks EMIS to book a claimed (PENDING) booking and records the answer. When EMIS does not answer
 * in time the booking may or may not exist there, so before any second try the patient's
 * appointments in EMIS are read: a booking is never made twice.
 */
@ApplicationScoped
public class EmisBooking {

  private static final Logger LOG = Logger.getLogger(EmisBooking.class.getName());

  static final String SLOT_TAKEN = "SLOT_TAKEN";
  static final String NOT_MATCHED = "PATIENT_NOT_MATCHED";

  @Inject PartnerApi partner;
  @Inject Bookings bookings;
  @Inject SlotCatalogue catalogue;
  @Inject BookingSettingsService settings;

  public Booking book(
      Booking pending, Practice practice, Optional<MobileNumber> textTo, boolean showClinician) {
    try {
      EmisAppointment appointment =
          partner.book(practice, pending.slotId(), pending.nhsNumber(), pending.reason());
      return bookings.confirm(
          pending.id(), appointment.appointmentId(), practice, textTo, showClinician);
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

  /** EMIS did not answer the booking: look before trying once more. */
  private Booking afterSilence(
      Booking pending, Practice practice, Optional<MobileNumber> textTo, boolean showClinician) {
    Optional<EmisAppointment> there = findInEmis(pending, practice);
    if (there.isPresent()) {
      return confirmFound(pending, practice, there.get(), textTo, showClinician);
    }
    try {
      EmisAppointment appointment =
          partner.book(practice, pending.slotId(), pending.nhsNumber(), pending.reason());
      return bookings.confirm(
          pending.id(), appointment.appointmentId(), practice, textTo, showClinician);
    } catch (PartnerException e) {
      if (e.outcomeUnknown()) {
        throw outcomeUnknown(); // stays PENDING: the reconciler or a retry with the key settles it
      }
      if (e.outcome() == uk.practiceconnect.emis.entity.PartnerOutcome.SLOT_NOT_FREE) {
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
   * A booking left PENDING past its time (its request crashed or EMIS stayed silent): confirmed if
   * EMIS has it, otherwise removed so the slot and the key are free again. Empty when removed.
   */
  public Optional<Booking> resolveStale(Booking stale, Practice practice) {
    if (stale.status() != BookingStatus.PENDING) {
      return Optional.of(stale);
    }
    Optional<EmisAppointment> there = findInEmis(stale, practice);
    if (there.isPresent()) {
      boolean show = settings.rule(practice.id()).showClinician();
      return Optional.of(confirmFound(stale, practice, there.get(), Optional.empty(), show));
    }
    bookings.discard(stale.id());
    catalogue.invalidate(practice.id());
    return Optional.empty();
  }

  private Booking confirmFound(
      Booking pending,
      Practice practice,
      EmisAppointment found,
      Optional<MobileNumber> textTo,
      boolean showClinician) {
    Optional<MobileNumber> to =
        textTo.isPresent() ? textTo : BookingService.textTo(found.patient());
    return bookings.confirm(pending.id(), found.appointmentId(), practice, to, showClinician);
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
