package uk.practiceconnect.sandbox.gpconnect.control;

import java.util.function.UnaryOperator;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The Spine headers every GP Connect request carries, checked as the provider receives them: a UUID
 * {@code Ssp-TraceID}, the consumer's ASID in {@code Ssp-From} (any number of 1 to 12 digits: the
 * stand-in does not keep a list of consumers), this provider's ASID in {@code Ssp-To}, and the
 * {@code Ssp-InteractionID} of the operation the URL and method ask for. Any failure is a
 * BAD_REQUEST (400), as the error handling guidance lists missing, invalid and mismatched headers.
 */
public final class SspHeaders {

  static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  static final String ASID = "[0-9]{1,12}";

  private SspHeaders() {}

  /**
   * @param header the request's header values by name (null when absent)
   * @return the consumer's ASID
   */
  public static String check(
      UnaryOperator<String> header, Provider provider, Interaction expected) {
    String traceId = required(header, "Ssp-TraceID");
    if (!traceId.matches(UUID)) {
      throw bad("Ssp-TraceID must be a GUID/UUID such as 09a01679-2564-0fb4-5129-aecc81ea2706");
    }
    String from = required(header, "Ssp-From");
    if (!from.matches(ASID)) {
      throw bad("Ssp-From must be the consumer's ASID, a number of up to 12 digits");
    }
    String to = required(header, "Ssp-To");
    if (!to.matches(ASID)) {
      throw bad("Ssp-To must be the provider's ASID, a number of up to 12 digits");
    }
    if (!to.equals(provider.asid())) {
      throw bad(
          "Ssp-To "
              + to
              + " is not the ASID of this provider's endpoint ("
              + provider.asid()
              + ")");
    }
    String interaction = required(header, "Ssp-InteractionID");
    if (!interaction.equals(expected.id())) {
      throw bad(
          "Ssp-InteractionID "
              + interaction
              + " does not match the request: "
              + expected.id()
              + " expected");
    }
    return from;
  }

  private static String required(UnaryOperator<String> header, String name) {
    String value = header.apply(name);
    if (value == null || value.isBlank()) {
      throw bad("The " + name + " header is missing");
    }
    return value.strip();
  }

  private static RuntimeException bad(String diagnostics) {
    return SpineError.BAD_REQUEST.failure(diagnostics);
  }
}
