package uk.practiceconnect.booking.entity;

/**
 * How a confirmed booking stopped being booked at its slot: through our API, the cancel link in the
 * confirmation text, the cancel link in a reminder text, or by the practice in EMIS itself (found
 * by the reconciliation with EMIS).
 */
public enum CancelChannel {
  API("cancelled through the API"),
  PATIENT_LINK("cancelled from the confirmation text's link"),
  REMINDER_LINK("cancelled from reminder link"),
  EMIS("cancelled in the GP system");

  /** Who the records name when nobody of ours did it. */
  public static final String SYSTEM = "system (EMIS reconciliation)";

  public static final String REMINDER_ACTOR = "patient (reminder link)";

  private final String label;

  CancelChannel(String label) {
    this.label = label;
  }

  /**
   * "cancelled in the GP system" (EMIS, or the GP system reached through GP Connect), as the
   * Bookings page says it.
   */
  public String label() {
    return label;
  }
}
