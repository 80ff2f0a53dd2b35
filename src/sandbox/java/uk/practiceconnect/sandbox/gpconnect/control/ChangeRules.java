package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.Instant;
import java.util.Objects;
import org.hl7.fhir.dstu3.model.Appointment;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The rules of cancelling and amending (both a PUT of the whole Appointment, told apart by the
 * interaction id): the body names the appointment of the URL, and changes only what the use case
 * allows. Cancel changes the status to cancelled and adds the cancellation reason extension; amend
 * changes {@code description} and {@code comment} only. Anything else changed (times, slots,
 * participants, the booking organisation) is INVALID_RESOURCE (422); a cancellation without a
 * reason is INVALID_PARAMETER (422), as the provider test suite expects. Past and cancelled
 * appointments cannot be changed.
 */
public final class ChangeRules {

  private ChangeRules() {}

  /** What an amendment sets. */
  public record Amendment(String description, String comment) {}

  public static String cancellationReason(
      String body, String urlId, Appointment current, BookedAppointment stored, Instant now) {
    Appointment incoming = common(body, urlId, current, stored, now);
    if (incoming.getStatus() != Appointment.AppointmentStatus.CANCELLED) {
      throw AppointmentBodies.invalid("To cancel, Appointment.status must be cancelled");
    }
    if (!Objects.equals(blank(incoming.getDescription()), blank(current.getDescription()))
        || !Objects.equals(blank(incoming.getComment()), blank(current.getComment()))) {
      throw AppointmentBodies.invalid(
          "A cancellation may change only the status and the cancellation reason");
    }
    if (incoming.getExtensionsByUrl(Profiles.EXT_CANCELLATION_REASON).isEmpty()) {
      throw SpineError.INVALID_PARAMETER.failure(
          "The cancellation reason extension " + Profiles.EXT_CANCELLATION_REASON + " is required");
    }
    String reason =
        AppointmentBodies.cancellationReason(incoming)
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .orElseThrow(
                () -> SpineError.INVALID_PARAMETER.failure("The cancellation reason is empty"));
    if (reason.length() > BookedAppointment.MAX_CANCELLATION_REASON) {
      throw SpineError.INVALID_PARAMETER.failure(
          "The cancellation reason must be at most "
              + BookedAppointment.MAX_CANCELLATION_REASON
              + " characters");
    }
    return reason;
  }

  public static Amendment amendment(
      String body, String urlId, Appointment current, BookedAppointment stored, Instant now) {
    Appointment incoming = common(body, urlId, current, stored, now);
    if (incoming.getStatus() != Appointment.AppointmentStatus.BOOKED) {
      throw AppointmentBodies.invalid(
          "An amendment keeps Appointment.status booked (cancelling is its own interaction)");
    }
    if (!incoming.getExtensionsByUrl(Profiles.EXT_CANCELLATION_REASON).isEmpty()) {
      throw AppointmentBodies.invalid("An amendment must not carry a cancellation reason");
    }
    String description = BookingRules.blankToNull(incoming.getDescription());
    String comment = BookingRules.blankToNull(incoming.getComment());
    if (description != null && description.length() > BookedAppointment.MAX_DESCRIPTION) {
      throw AppointmentBodies.invalid(
          "Appointment.description must be at most "
              + BookedAppointment.MAX_DESCRIPTION
              + " characters");
    }
    if (comment != null && comment.length() > BookedAppointment.MAX_COMMENT) {
      throw AppointmentBodies.invalid(
          "Appointment.comment must be at most " + BookedAppointment.MAX_COMMENT + " characters");
    }
    return new Amendment(description, comment);
  }

  private static Appointment common(
      String body, String urlId, Appointment current, BookedAppointment stored, Instant now) {
    Appointment incoming = AppointmentBodies.read(body);
    if (!urlId.equals(incoming.getIdElement().getIdPart())) {
      throw SpineError.BAD_REQUEST.failure(
          "Appointment.id must be the id in the URL (" + urlId + ")");
    }
    if (stored.status()
        == uk.practiceconnect.sandbox.gpconnect.entity.AppointmentStatus.CANCELLED) {
      throw AppointmentBodies.invalid("The appointment is cancelled and cannot be changed");
    }
    if (!stored.start().isAfter(now)) {
      throw AppointmentBodies.invalid("Only future appointments can be changed");
    }
    if (!incoming.hasStart()
        || !incoming.hasEnd()
        || !incoming.getStart().toInstant().equals(stored.start())
        || !incoming.getEnd().toInstant().equals(stored.end())) {
      throw AppointmentBodies.invalid("Appointment.start and end cannot be changed");
    }
    if (!AppointmentBodies.slots(incoming).equals(AppointmentBodies.slots(current))) {
      throw AppointmentBodies.invalid("Appointment.slot cannot be changed");
    }
    if (!AppointmentBodies.actors(incoming).equals(AppointmentBodies.actors(current))) {
      throw AppointmentBodies.invalid("Appointment participants cannot be changed");
    }
    if (AppointmentBodies.bookingOrganisation(incoming).isEmpty()) {
      throw AppointmentBodies.invalid("The booking organisation extension cannot be removed");
    }
    return incoming;
  }

  private static String blank(String s) {
    return BookingRules.blankToNull(s);
  }
}
