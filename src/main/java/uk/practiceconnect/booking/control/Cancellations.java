package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.CancelChannel;
import uk.practiceconnect.booking.entity.CancelToken;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.RuleBreach;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.control.Attempts;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Cancels online bookings in EMIS, up to the practice's cut-off: by another system through the API,
 * or by the patient from the link in their confirmation text after confirming their date of birth
 * (checked against EMIS, and rate limited like every identity check).
 */
@ApplicationScoped
public class Cancellations {

  @Inject AppointmentBook partner;
  @Inject Bookings bookings;
  @Inject BookingEnds ends;
  @Inject BookingSettingsService settings;
  @Inject SlotCatalogue catalogue;
  @Inject IdentityThrottle throttle;
  @Inject Practices practices;
  @Inject Clock clock;

  public Booking cancelByApi(Practice practice, Caller caller, String bookingRef) {
    Booking b =
        bookings
            .byRef(practice.id(), bookingRef)
            .orElseThrow(() -> DomainException.notFound("There is no booking " + bookingRef));
    return cancel(b, practice, caller, CancelChannel.API);
  }

  /** The booking a cancel link points at, if it is one of ours. */
  public Optional<Booking> byLink(CancelToken token) {
    return bookings.byCancelToken(token);
  }

  public Booking cancelByPatient(CancelToken token, DateOfBirth dob, String address) {
    Booking b =
        bookings
            .byCancelToken(token)
            .orElseThrow(() -> DomainException.notFound("This cancel link is not valid"));
    Practice practice = practices.byId(b.practiceId()).orElseThrow();
    if (b.status() == BookingStatus.CANCELLED) {
      return b;
    }
    checkCutOff(b, practice);
    Attempts.Ticket ticket = throttle.begin(b.nhsNumber(), address);
    Optional<EmisAppointment> inEmis;
    try {
      inEmis =
          partner
              .patientAppointments(practice, b.nhsNumber(), b.slotStart().minusSeconds(1))
              .stream()
              .filter(a -> b.appointmentId().map(id -> id.equals(a.appointmentId())).orElse(false))
              .findFirst();
    } catch (RuntimeException e) {
      throttle.abandoned(ticket);
      throw e;
    }
    if (inEmis.isEmpty()) {
      throttle.abandoned(ticket);
      throw new DomainException(
          ErrorCode.BOOKING_NOT_ALLOWED,
          "This appointment is no longer in the practice's appointment book. Phone the practice"
              + " if you are unsure.");
    }
    if (!dob.value().equals(inEmis.get().patient().dateOfBirth())) {
      throttle.failed(ticket);
      throw DomainException.invalid(
          "dateOfBirth",
          "The date of birth does not match our records for this appointment. "
              + IdentityThrottle.triesLeftInWords(throttle.triesLeft(b.nhsNumber(), address)));
    }
    throttle.succeeded(ticket, b.nhsNumber());
    return cancel(
        b,
        practice,
        Caller.patient(b.channel().patientActor(), practice.id()),
        CancelChannel.PATIENT_LINK,
        inEmis.get().patient().mobileNumber());
  }

  private Booking cancel(Booking b, Practice practice, Caller caller, CancelChannel channel) {
    return cancel(b, practice, caller, channel, Optional.empty());
  }

  /** Cancels in EMIS, then here; {@code textTo}: where the patient's confirmation goes. */
  private Booking cancel(
      Booking b,
      Practice practice,
      Caller caller,
      CancelChannel channel,
      Optional<MobileNumber> textTo) {
    if (b.status() == BookingStatus.CANCELLED) {
      return b;
    }
    if (b.status() != BookingStatus.CONFIRMED || b.appointmentId().isEmpty()) {
      throw new DomainException(
          ErrorCode.BOOKING_NOT_ALLOWED, "Only a confirmed booking can be cancelled");
    }
    checkCutOff(b, practice);
    try {
      partner.cancel(
          practice,
          b.appointmentId().get(),
          "Cancelled online",
          AppointmentCancelled.Route.ONLINE_BOOKING);
    } catch (PartnerException e) {
      if (e.outcome() == PartnerOutcome.APPOINTMENT_IN_PAST) {
        throw BookingService.notAllowed(RuleBreach.CANCEL_TOO_LATE);
      }
      if (e.outcome() != PartnerOutcome.NOT_FOUND) {
        throw e;
      }
      // EMIS no longer has it (the practice removed it): record the cancellation all the same
    }
    Booking cancelled = ends.cancelled(b.id(), caller, channel, practice, textTo);
    catalogue.invalidate(practice.id());
    return cancelled;
  }

  private void checkCutOff(Booking b, Practice practice) {
    settings
        .rule(practice.id())
        .checkCancel(b.slotStart(), clock.instant())
        .ifPresent(
            breach -> {
              throw BookingService.notAllowed(breach);
            });
  }
}
