package uk.practiceconnect.sandbox.gpconnect.entity;

import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;

/**
 * The errors a GP Connect provider answers with (error handling guidance, GP Connect 1.2.x): the
 * HTTP status, the FHIR issue type and the Spine error code with its display. The last three have
 * no Spine code: the specification lists them as plain HTTP refusals with an issue type only.
 */
public enum SpineError {
  BAD_REQUEST(400, IssueType.INVALID, "Bad request"),
  INVALID_IDENTIFIER_SYSTEM(400, IssueType.VALUE, "Invalid identifier system"),
  INVALID_IDENTIFIER_VALUE(400, IssueType.VALUE, "Invalid identifier value"),
  INVALID_NHS_NUMBER(400, IssueType.VALUE, "Invalid NHS number"),
  ACCESS_DENIED(403, IssueType.FORBIDDEN, "Access denied"),
  PATIENT_NOT_FOUND(404, IssueType.NOTFOUND, "Patient not found"),
  ORGANISATION_NOT_FOUND(404, IssueType.NOTFOUND, "Organisation record not found"),
  PRACTITIONER_NOT_FOUND(404, IssueType.NOTFOUND, "Practitioner record not found"),
  NO_RECORD_FOUND(404, IssueType.NOTFOUND, "No record found"),
  DUPLICATE_REJECTED(
      409, IssueType.DUPLICATE, "Create would lead to creation of duplicate resource"),
  /**
   * A version in If-Match that is not the resource's current one (the provider test suite's code).
   */
  FHIR_CONSTRAINT_VIOLATION(409, IssueType.CONFLICT, "FHIR constraint violated"),
  INVALID_RESOURCE(422, IssueType.INVALID, "Submitted resource is not valid"),
  INVALID_PARAMETER(422, IssueType.INVALID, "Submitted parameter is not valid"),
  REFERENCE_NOT_FOUND(422, IssueType.INVALID, "FHIR reference not found"),
  INTERNAL_SERVER_ERROR(500, IssueType.PROCESSING, "Internal server error"),
  NOT_IMPLEMENTED(501, IssueType.NOTSUPPORTED, "FHIR resource or operation not implemented"),
  METHOD_NOT_ALLOWED(405, IssueType.NOTSUPPORTED, null),
  NOT_ACCEPTABLE(406, IssueType.NOTSUPPORTED, null),
  UNSUPPORTED_MEDIA_TYPE(415, IssueType.NOTSUPPORTED, null);

  /** The code system of Spine error codes, as GP Connect's OperationOutcomes name it. */
  public static final String SYSTEM =
      "https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1";

  private final int httpStatus;
  private final IssueType issueType;
  private final String display;

  SpineError(int httpStatus, IssueType issueType, String display) {
    this.httpStatus = httpStatus;
    this.issueType = issueType;
    this.display = display;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public IssueType issueType() {
    return issueType;
  }

  /** Null for the plain HTTP refusals, which carry no Spine code. */
  public String display() {
    return display;
  }

  public boolean hasSpineCode() {
    return display != null;
  }

  public GpcFailure failure(String diagnostics) {
    return new GpcFailure(this, diagnostics);
  }
}
