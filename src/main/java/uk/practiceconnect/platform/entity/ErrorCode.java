package uk.practiceconnect.platform.entity;

/**
 * The one error vocabulary of the application. Each code carries the HTTP status it maps to and a
 * short title that both the REST API (as RFC 9457 problem details) and the pages show.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400, "The request has invalid values"),
  MALFORMED_REQUEST(400, "The request could not be read"),
  UNAUTHENTICATED(401, "A valid API key is required"),
  FORBIDDEN(403, "Not allowed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  PAYLOAD_TOO_LARGE(413, "The request is too large"),
  CONFLICT(409, "Conflict"),
  CHANGED_BY_SOMEONE_ELSE(409, "Changed by someone else"),
  PRECONDITION_FAILED(412, "Changed by someone else"),
  UNPROCESSABLE(422, "The request cannot be carried out"),
  RATE_LIMITED(429, "Too many requests"),
  UPSTREAM_UNAVAILABLE(503, "A system we depend on is not answering"),
  SLOT_TAKEN(409, "That time has just been taken", false),
  REQUEST_IN_PROGRESS(409, "The same request is still being processed", false),
  PATIENT_NOT_MATCHED(422, "The patient's details do not match a patient of this practice", false),
  BOOKING_NOT_ALLOWED(422, "The practice's booking rules do not allow this", false),
  IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request", false),
  EMIS_SET_UP_PROBLEM(502, "The practice's EMIS set-up needs fixing", false),
  EMIS_OUTCOME_UNKNOWN(504, "EMIS did not confirm whether the change was made", false),
  GP_CONNECT_SET_UP_PROBLEM(502, "The practice's GP Connect set-up needs fixing", false),
  GP_CONNECT_OUTCOME_UNKNOWN(
      504, "The practice's GP system did not confirm whether the change was made", false),
  INTERNAL(500, "Something went wrong on our side");

  private final int status;
  private final String title;
  private final boolean forAnyStatus;

  ErrorCode(int status, String title) {
    this(status, title, true);
  }

  /** {@code forAnyStatus} false: raised by name only, never picked for a bare HTTP status. */
  ErrorCode(int status, String title, boolean forAnyStatus) {
    this.status = status;
    this.title = title;
    this.forAnyStatus = forAnyStatus;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** A stable URI for the {@code type} member of problem details. */
  public static ErrorCode forStatus(int status) {
    for (ErrorCode code : values()) {
      if (code.status == status && code.forAnyStatus) {
        return code;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }

  public String typeUri() {
    return "https://practice-connect.uk/problems/" + name().toLowerCase().replace('_', '-');
  }
}
