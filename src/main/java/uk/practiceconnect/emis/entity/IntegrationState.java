package uk.practiceconnect.emis.entity;

/** How a practice's link to EMIS stands, as the status check last saw it. */
public enum IntegrationState {
  /** Every check passed. */
  OK("Working", "✔"),
  /** A check failed: reminders and online booking cannot reach EMIS. */
  BROKEN("Not working", "✖"),
  /** The EMIS settings are not complete yet. */
  NOT_CONFIGURED("Not set up", "–");

  private final String label;
  private final String symbol;

  IntegrationState(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  /** A symbol shown beside the words, so the state never relies on colour alone. */
  public String symbol() {
    return symbol;
  }
}
