package uk.practiceconnect.practice.entity;

/** How Practice Connect reaches a practice's appointment book. */
public enum IntegrationRoute {
  /** The EMIS partner API (Organisation ID and API user on the Feature settings page). */
  EMIS("EMIS partner API"),
  /** GP Connect Appointment Management, the national standard every principal GP system offers. */
  GP_CONNECT("GP Connect");

  private final String label;

  IntegrationRoute(String label) {
    this.label = label;
  }

  /** The name a practice manager reads. */
  public String label() {
    return label;
  }
}
