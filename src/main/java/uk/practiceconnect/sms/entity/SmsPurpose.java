package uk.practiceconnect.sms.entity;

/** Why a text is sent: the log and the figures count them apart. */
public enum SmsPurpose {
  REMINDER,
  CANCELLATION_CONFIRMATION,
  BOOKING_CONFIRMATION,
  BOOKING_INVITATION,
  /** "No more reminders", after a patient texted STOP. */
  OPT_OUT_CONFIRMATION
}
