package uk.practiceconnect.sandbox.gpconnect.control;

import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The {@code If-Match} of an amendment or cancellation: required (BAD_REQUEST, 400, without it);
 * anything but the resource's current version, {@code W/"3"} or {@code "3"}, including a value that
 * is no version at all, is FHIR_CONSTRAINT_VIOLATION (409), as GP Connect's resource contention
 * rules and its provider test suite have it.
 */
public final class IfMatch {

  private IfMatch() {}

  /** The version the consumer read, which is the current one. */
  public static int version(String ifMatch, int current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw SpineError.BAD_REQUEST.failure(
          "The If-Match header is required: the appointment's ETag, e.g. W/\"" + current + "\"");
    }
    String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    if (!v.equals(String.valueOf(current))) {
      throw SpineError.FHIR_CONSTRAINT_VIOLATION.failure(
          "If-Match "
              + ifMatch.strip()
              + " is not the appointment's current version: read it again");
    }
    return current;
  }
}
