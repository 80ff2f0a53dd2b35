package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.practiceconnect.booking.entity.CancelToken;
import uk.practiceconnect.booking.entity.InvitationToken;
import uk.practiceconnect.platform.entity.UkTime;

/**
 * The texts booking sends and the links inside them. Short, plain, UK time; no NHS number, name or
 * date of birth in any text, as a phone may be shared.
 */
@ApplicationScoped
public class BookingTexts {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK).withZone(UkTime.ZONE);
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM", Locale.UK).withZone(UkTime.ZONE);

  @Inject BookingConfig config;

  public String cancelLink(CancelToken token) {
    return config.publicBaseUrl() + "/book/cancel/" + token.value();
  }

  public String invitationLink(InvitationToken token) {
    return config.publicBaseUrl() + "/book/invite/" + token.value();
  }

  public String confirmation(
      String practiceName,
      Instant start,
      String slotType,
      String clinicianOrNull,
      String cancelLink) {
    return confirmation(practiceName, start, slotType, clinicianOrNull)
        + " To cancel: "
        + cancelLink;
  }

  static String confirmation(
      String practiceName, Instant start, String slotType, String clinicianOrNull) {
    return practiceName
        + ": your "
        + slotType
        + (clinicianOrNull == null ? "" : " with " + clinicianOrNull)
        + " is booked for "
        + WHEN.format(start)
        + ".";
  }

  /** After a patient cancelled from their booking's link. */
  static String cancelled(String practiceName, Instant start) {
    return practiceName
        + ": your appointment on "
        + WHEN.format(start)
        + " is cancelled, as you asked. To book another time, use the practice's online booking"
        + " or phone them.";
  }

  public String invitation(String practiceName, String slotType, String link, Instant expires) {
    return practiceName
        + " invites you to book a "
        + slotType
        + " online: "
        + link
        + " (link works once, until "
        + DAY.format(expires)
        + ").";
  }
}
