package uk.practiceconnect.sandbox.emis.entity;

/**
 * The numeric outcome every partner call answers with, beside a named code and an HTTP status. 1
 * (success) and 3 (partner password mismatch) are the public EMIS numbers; the others are ours (see
 * docs/emis-partner-api.md).
 */
public enum Outcome {
  OK(1, 200, "Success"),
  ORGANISATION_NOT_FOUND(2, 404, "No EMIS organisation has that ID"),
  PARTNER_PASSWORD_MISMATCH(
      3, 401, "The Edit Users (partner) password differs from the EMIS password"),
  INVALID_CREDENTIALS(4, 401, "Unknown user or wrong password"),
  USER_DISABLED(5, 401, "The user cannot sign in"),
  NO_RBAC_ROLE(6, 403, "The user has no RBAC role"),
  RBAC_ROLE_NOT_DEFAULT(7, 403, "The user's RBAC role is not marked Default"),
  APPLICATION_DEACTIVATED(8, 403, "The partner application is deactivated in EMAS Manager"),
  LOGIN_NOT_ALLOWED(9, 403, "Allow Login is not ticked"),
  AUTO_LOGIN_OFF(10, 403, "Auto Login is not ticked"),
  API_CALL_DEACTIVATED(11, 403, "This API call is deactivated"),
  SESSION_EXPIRED(12, 401, "The session has expired: log on again"),
  SLOT_NOT_FREE(13, 409, "The slot is not free"),
  PATIENT_NOT_MATCHED(14, 422, "No patient matches"),
  NOT_FOUND(15, 404, "Not found"),
  BAD_REQUEST(16, 400, "A parameter is missing or malformed"),
  RATE_LIMITED(17, 429, "Too many calls"),
  INTERNAL_ERROR(18, 500, "EMIS failed; try again later"),
  APPOINTMENT_IN_PAST(19, 422, "The appointment has already started");

  private final int number;
  private final int httpStatus;
  private final String meaning;

  Outcome(int number, int httpStatus, String meaning) {
    this.number = number;
    this.httpStatus = httpStatus;
    this.meaning = meaning;
  }

  public int number() {
    return number;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String meaning() {
    return meaning;
  }

  public SandboxFailure failure(String error) {
    return new SandboxFailure(this, error);
  }
}
