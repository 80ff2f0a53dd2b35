package uk.practiceconnect.reminders.entity;

/**
 * Why a reminder was not sent or was stopped, in the words staff read in the log. Practices
 * complain most about reminders that silently did not go: every such case has one of these.
 */
public enum ReminderReason {
  NO_MOBILE("No UK mobile number in the patient's EMIS record"),
  NO_SMS_CONSENT("The patient has not agreed to texts (SMS consent in EMIS)"),
  OPTED_OUT("The patient asked for no more reminders"),
  SLOT_TYPE_OFF("Reminders are switched off for this slot type"),
  AFTER_APPOINTMENT("The sending window opens only after the appointment"),
  BOOKED_LATE("Booked after this reminder's time; a later reminder goes instead"),
  TOO_CLOSE("Booked less than an hour before the appointment"),
  SAME_TIME("Another reminder for this appointment goes at the same time"),
  APPOINTMENT_CANCELLED("The appointment was cancelled in EMIS"),
  APPOINTMENT_MOVED(
      "The appointment was moved in EMIS; a reminder with the new time replaces this"),
  APPOINTMENT_STARTED("The appointment started before the reminder could go"),
  CANCELLED_BY_PATIENT("The patient cancelled the appointment from a reminder"),
  REMINDERS_OFF("Reminders were switched off for the practice"),
  TIME_REMOVED("This reminder time was removed from the settings"),
  TEXT_TOO_LONG(
      "With this patient's details filled in, the text was over 918 characters: shorten the"
          + " reminder text"),
  HANDOVER_FAILED(
      "It could not be handed to the text sender (an unexpected error, in the server log)");

  private final String text;

  ReminderReason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Staff may need to act: the practice's text or our system kept a patient from a reminder. */
  public boolean needsAttention() {
    return this == NO_MOBILE
        || this == NO_SMS_CONSENT
        || this == TEXT_TOO_LONG
        || this == HANDOVER_FAILED;
  }

  /** A reason about the patient or the slot type, that a new planning run can find fixed. */
  public boolean isEligibility() {
    return this == NO_MOBILE
        || this == NO_SMS_CONSENT
        || this == OPTED_OUT
        || this == SLOT_TYPE_OFF;
  }
}
