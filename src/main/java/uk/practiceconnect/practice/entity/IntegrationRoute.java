package uk.practiceconnect.practice.entity;

import java.util.Locale;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

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

  /** From a request or a form: {@code EMIS} or {@code GP_CONNECT}, in any case, spaces around. */
  public static IntegrationRoute of(String raw) {
    Text.required(raw, "Choose the route: EMIS or GP_CONNECT");
    String name = raw.strip().toUpperCase(Locale.ROOT);
    for (IntegrationRoute route : values()) {
      if (route.name().equals(name)) {
        return route;
      }
    }
    throw new InvalidValueException("The route is EMIS or GP_CONNECT");
  }

  /** The name a practice manager reads. */
  public String label() {
    return label;
  }
}
