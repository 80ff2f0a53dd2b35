package uk.practiceconnect.emis.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.practice.entity.IntegrationRoute;

/**
 * The connection test's checks, in the order they run. The codes are stable (the REST API and
 * stored results use them); the titles are what the practice manager reads.
 */
public enum CheckCode {
  SETTINGS_COMPLETE("EMIS settings are complete"),
  ORGANISATION_FOUND("EMIS knows the Organisation ID"),
  CREDENTIALS_VALID("EMIS accepts the API user's username and password"),
  PARTNER_PASSWORD_MATCHES("The Edit Users password matches the EMIS password"),
  RBAC_ROLE("The API user has a default RBAC role"),
  APPLICATION_ACTIVE("Practice Connect is activated in EMAS Manager"),
  LOGIN_ALLOWED("Allow Login is ticked for the API user"),
  AUTO_LOGIN("Auto Login is ticked for the API user"),
  API_CALLS_ACTIVE("Every API call Practice Connect uses is active"),

  // GP Connect's checks (gpconnect.control), in their order
  GPC_SETTINGS_COMPLETE("GP Connect settings are complete", IntegrationRoute.GP_CONNECT),
  GPC_ENDPOINT_REACHABLE(
      "The provider's endpoint answers (over TLS, with our certificate)",
      IntegrationRoute.GP_CONNECT),
  GPC_CAPABILITY(
      "The provider offers GP Connect Appointment Management 1.2", IntegrationRoute.GP_CONNECT),
  GPC_ORGANISATION_FOUND("The provider knows the practice's ODS code", IntegrationRoute.GP_CONNECT),
  GPC_SLOT_SEARCH_ALLOWED(
      "The provider lets Practice Connect search free slots", IntegrationRoute.GP_CONNECT),
  GPC_PATIENT_SEARCH_ALLOWED(
      "The provider lets Practice Connect find patients by NHS number",
      IntegrationRoute.GP_CONNECT);

  private final String title;
  private final IntegrationRoute route;

  CheckCode(String title) {
    this(title, IntegrationRoute.EMIS);
  }

  CheckCode(String title, IntegrationRoute route) {
    this.title = title;
    this.route = route;
  }

  /** The checks of one route's connection test, in the order they run. */
  public static List<CheckCode> of(IntegrationRoute route) {
    return Arrays.stream(values()).filter(c -> c.route == route).toList();
  }

  public IntegrationRoute route() {
    return route;
  }

  public String title() {
    return title;
  }

  /** The check a logon or call failure shows up in; empty for failures that are not set-up. */
  public static Optional<CheckCode> failedBy(PartnerOutcome outcome) {
    return Optional.ofNullable(
        switch (outcome) {
          case ORGANISATION_NOT_FOUND -> ORGANISATION_FOUND;
          case INVALID_CREDENTIALS, USER_DISABLED -> CREDENTIALS_VALID;
          case PARTNER_PASSWORD_MISMATCH -> PARTNER_PASSWORD_MATCHES;
          case NO_RBAC_ROLE, RBAC_ROLE_NOT_DEFAULT -> RBAC_ROLE;
          case APPLICATION_DEACTIVATED -> APPLICATION_ACTIVE;
          case LOGIN_NOT_ALLOWED -> LOGIN_ALLOWED;
          case AUTO_LOGIN_OFF -> AUTO_LOGIN;
          case API_CALL_DEACTIVATED -> API_CALLS_ACTIVE;
          default -> null;
        });
  }

  public static Optional<CheckCode> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
