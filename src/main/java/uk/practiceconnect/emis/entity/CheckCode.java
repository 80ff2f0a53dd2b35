package uk.practiceconnect.emis.entity;

import java.util.Optional;

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
  API_CALLS_ACTIVE("Every API call Practice Connect uses is active");

  private final String title;

  CheckCode(String title) {
    this.title = title;
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
