package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import uk.practiceconnect.booking.control.AppointmentBook;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.Invitations;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.InvitationToken;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Where a patient's journey starts, worked out once when the page opens: which practice (from
 * {@code /book/{ods}}, or from the invitation on {@code /book/invite/{token}}) and whether the
 * patient may go on to say who they are, or is told why not. Only ids and words are kept, so it
 * stays with the page in view scope; the practice and invitation are read afresh when needed.
 *
 * @param step {@code IDENTIFY}, {@code CLOSED} or {@code NOT_FOUND}
 * @param closedMessage why the patient cannot book here (for the closed and not found steps)
 */
record JourneyStart(
    JourneyStep step,
    Long practiceId,
    String practiceName,
    Long invitationId,
    String invitedFor,
    String closedMessage)
    implements Serializable {

  static final String NO_SUCH_PAGE =
      "We could not find this booking page. Check the address in the letter, text or website you"
          + " got it from, or phone your GP practice.";

  /**
   * @param request the request attributes {@link PatientLinks} set from the address: an invitation
   *     token or, failing that, an ODS code
   */
  static JourneyStart resolve(
      Map<String, Object> request,
      Practices practices,
      Invitations invitations,
      BookingSettingsService settings,
      Instant now) {
    Object token = request.get(PatientLinks.INVITE);
    Object ods = request.get(PatientLinks.ODS);
    Practice practice = null;
    Long invitationId = null;
    String invitedFor = null;
    if (token instanceof String t) {
      Optional<Invitation> inv = InvitationToken.parse(t).flatMap(invitations::open);
      if (inv.isEmpty()) {
        return new JourneyStart(
            JourneyStep.NOT_FOUND,
            null,
            null,
            null,
            null,
            "This invitation link does not work. Check that you opened the whole link from the"
                + " text, or contact the practice if you still need an appointment.");
      }
      if (!inv.get().isUsable(now)) {
        return new JourneyStart(
            JourneyStep.CLOSED,
            null,
            null,
            null,
            null,
            "This invitation link has already been used or has expired. Contact the practice if"
                + " you still need an appointment.");
      }
      invitationId = inv.get().id();
      invitedFor = inv.get().slotType().value();
      practice = practices.byId(inv.get().practiceId()).orElse(null);
    } else if (ods instanceof String o) {
      practice = odsCode(o).flatMap(practices::find).orElse(null);
    }
    if (practice == null) {
      return new JourneyStart(
          JourneyStep.NOT_FOUND, null, null, invitationId, invitedFor, NO_SUCH_PAGE);
    }
    Optional<String> closed =
        settings
            .rule(practice.id())
            .checkChannel(invitationId != null, AppointmentBook.offersOpenPage(practice))
            .map(b -> b.message() + ". Please phone the practice to book.");
    return new JourneyStart(
        closed.isPresent() ? JourneyStep.CLOSED : JourneyStep.IDENTIFY,
        practice.id(),
        practice.name().value(),
        invitationId,
        invitedFor,
        closed.orElse(NO_SUCH_PAGE));
  }

  private static Optional<OdsCode> odsCode(String raw) {
    try {
      return Optional.of(OdsCode.of(raw));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  boolean isInvited() {
    return invitationId != null;
  }

  Practice practice(Practices practices) {
    return practices.byId(practiceId).orElseThrow();
  }

  /** The invitation the patient came with, or null if they came by the practice's address. */
  Invitation invitation(Invitations invitations) {
    return isInvited() ? invitations.byId(invitationId).orElseThrow() : null;
  }
}
