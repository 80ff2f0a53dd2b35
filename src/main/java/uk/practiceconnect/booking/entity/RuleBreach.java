package uk.practiceconnect.booking.entity;

/** Why the practice's rules forbid a booking, in words a patient or another system can act on. */
public enum RuleBreach {
  BOOKING_OFF("This practice does not take online bookings at the moment"),
  INVITATION_ONLY("This practice takes online bookings by invitation only"),
  NOT_FREE("That time has just been taken"),
  IN_THE_PAST("That time has passed"),
  TOO_SOON("That time is too soon: the practice needs more notice"),
  TOO_FAR_AHEAD("That time is further ahead than the practice allows online"),
  TYPE_NOT_BOOKABLE("That kind of appointment cannot be booked online"),
  CLINICIAN_NOT_BOOKABLE("That clinician's appointments cannot be booked online"),
  TOO_MANY_BOOKINGS(
      "You already have as many future online bookings as the practice allows. Cancel one, or"
          + " phone the practice"),
  CANCEL_TOO_LATE("It is too close to the appointment to cancel online: please phone the practice");

  private final String message;

  RuleBreach(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }

  /**
   * About the chosen time itself (taken, passed, too soon or far, or no longer of a kind the
   * practice offers online): another time may well do, so the patient is shown fresh choices.
   */
  public boolean aboutTheTime() {
    return switch (this) {
      case NOT_FREE,
          IN_THE_PAST,
          TOO_SOON,
          TOO_FAR_AHEAD,
          TYPE_NOT_BOOKABLE,
          CLINICIAN_NOT_BOOKABLE ->
          true;
      default -> false;
    };
  }
}
