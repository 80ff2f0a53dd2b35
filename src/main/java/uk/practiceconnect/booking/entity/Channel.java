package uk.practiceconnect.booking.entity;

/** How a booking was made: the public pages, an invitation link or another system's API call. */
public enum Channel {
  WEB("Web"),
  INVITE("Invitation"),
  API("API");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The actor the audit trail names for a patient acting on the public pages. */
  public String patientActor() {
    return this == INVITE ? "patient (invitation)" : "patient (web)";
  }
}
