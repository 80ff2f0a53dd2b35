package uk.practiceconnect.booking.boundary;

/** The steps of a patient's booking journey, and the two ways it can end before it starts. */
public enum JourneyStep {
  IDENTIFY,
  CHOOSE,
  CONFIRM,
  DONE,
  /** Online booking is off (or invitation-only), or the invitation was used or has expired. */
  CLOSED,
  /** No such practice or invitation: a 404, in words a patient understands. */
  NOT_FOUND
}
