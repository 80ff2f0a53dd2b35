package uk.practiceconnect.emis.entity;

import java.time.Instant;

/**
 * A CDI event: EMIS confirmed that it cancelled this appointment at our request, through the
 * partner API. Fired after every successful cancel, so features that keep records of appointments
 * (online bookings) learn of cancellations made by other features (a reminder's cancel link).
 *
 * @param route which of our features asked, so an observer can tell its own cancels apart
 */
public record AppointmentCancelled(
    Long practiceId, String appointmentId, Route route, Instant cancelledAt) {

  public enum Route {
    /** The booking feature itself (API or the confirmation text's link): it records its own. */
    ONLINE_BOOKING,
    /** The cancel link in a reminder text. */
    REMINDER_LINK,
    /** Any other caller of the partner API. */
    OTHER
  }
}
