package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRefused;
import uk.practiceconnect.booking.entity.Channel;
import uk.practiceconnect.booking.entity.IdempotencyKey;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Pressing "Book" on the confirm step, and what the patient sees next: the booking, fresh times to
 * choose from, or a problem by the button. Every press for the same time in one journey carries the
 * same idempotency key, so pressing twice never books twice.
 */
final class JourneyBooking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long a second press of "Book" waits for the first to finish before saying so. */
  static final Duration SECOND_PRESS_WAIT = Duration.ofSeconds(5);

  /** What follows a press of "Book". */
  sealed interface Outcome {}

  /** EMIS booked the time. */
  record Booked(Booking booking) implements Outcome {}

  /** This time cannot be booked after all, but another may do: show fresh times and why. */
  record ChooseAgain(String message) implements Outcome {}

  /** Nothing was booked: say why next to the button. */
  record Problem(DomainException cause) implements Outcome {}

  private final String journeyId =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

  /**
   * @param invitation the invitation the patient came with, or null
   * @param reason what the patient typed, already checked for length
   */
  Outcome book(
      BookingService booking,
      Practice practice,
      Invitation invitation,
      IdentifiedPatient patient,
      SlotChoices.Option chosen,
      String reason) {
    Channel channel = invitation == null ? Channel.WEB : Channel.INVITE;
    var request = patient.request(chosen.getSlotId(), reason);
    String slotKey =
        chosen.getSlotId().length() > 60
            ? request.fingerprint().substring(0, 60)
            : chosen.getSlotId();
    IdempotencyKey key = new IdempotencyKey("web:" + journeyId + ":" + slotKey);
    try {
      return new Booked(
          booking.bookByPatient(
              new BookingService.Attempt(
                  practice,
                  channel,
                  channel.patientActor(),
                  key,
                  request,
                  confirmationTo(patient, invitation),
                  invitation)));
    } catch (DomainException e) {
      return e.code() == ErrorCode.REQUEST_IN_PROGRESS
          ? afterSecondPress(booking, practice, key, e)
          : refused(e);
    }
  }

  /**
   * The confirmation goes to the mobile the GP record says the patient agreed to receive texts on;
   * failing that, to the number the practice's invitation was texted to, which the patient has just
   * answered (a GP Connect record carries no consent to texts at all).
   */
  static Optional<MobileNumber> confirmationTo(IdentifiedPatient patient, Invitation invitation) {
    return Optional.ofNullable(patient.mobile())
        .map(MobileNumber::new)
        .or(() -> Optional.ofNullable(invitation).map(Invitation::mobile));
  }

  /**
   * "Book" pressed again while the first press is still with EMIS: wait a little for its outcome
   * and show that, rather than a message about waiting.
   */
  private static Outcome afterSecondPress(
      BookingService booking, Practice practice, IdempotencyKey key, DomainException stillWaiting) {
    Optional<Booking> settled = booking.awaitSettled(practice, key, SECOND_PRESS_WAIT);
    if (settled.isEmpty()) {
      return new Problem(stillWaiting);
    }
    try {
      return new Booked(booking.answer(settled.get()));
    } catch (DomainException e) {
      return refused(e);
    }
  }

  /** This time cannot be booked after all: fresh choices if another time may do. */
  private static Outcome refused(DomainException e) {
    if (e.code() == ErrorCode.SLOT_TAKEN) {
      return new ChooseAgain("That time has just been taken. Please choose another time.");
    }
    if (e instanceof BookingRefused r && r.breach().aboutTheTime()) {
      return new ChooseAgain(
          "You cannot book that time any more. "
              + r.breach().message()
              + ". Please choose another time.");
    }
    return new Problem(e);
  }
}
