package uk.practiceconnect.reminders.entity;

/** What a link may do: each token does one thing only. */
public enum LinkPurpose {
  /** Cancel this appointment, after the date of birth. */
  CANCEL,
  /** Stop all future reminders from this practice. */
  OPT_OUT
}
