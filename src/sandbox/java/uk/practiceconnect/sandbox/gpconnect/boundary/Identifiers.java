package uk.practiceconnect.sandbox.gpconnect.boundary;

import java.util.List;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/** The {@code identifier=system|value} token of the Foundations searches. */
final class Identifiers {

  private Identifiers() {}

  /** The value for the expected system; a wrong system is INVALID_IDENTIFIER_SYSTEM (400). */
  static String value(List<String> params, String system) {
    if (params == null || params.isEmpty()) {
      throw SpineError.BAD_REQUEST.failure(
          "The identifier parameter is required: " + system + "|{value}");
    }
    if (params.size() > 1) {
      throw SpineError.BAD_REQUEST.failure("The identifier parameter may be given only once");
    }
    String token = params.get(0);
    int bar = token.indexOf('|');
    if (bar < 0) {
      throw SpineError.INVALID_IDENTIFIER_SYSTEM.failure(
          "The identifier must be system|value with the system " + system);
    }
    if (!system.equals(token.substring(0, bar))) {
      throw SpineError.INVALID_IDENTIFIER_SYSTEM.failure(
          "Identifier system " + token.substring(0, bar) + " is not supported: use " + system);
    }
    return token.substring(bar + 1).strip();
  }
}
