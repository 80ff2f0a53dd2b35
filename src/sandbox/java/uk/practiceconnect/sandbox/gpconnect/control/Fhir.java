package uk.practiceconnect.sandbox.gpconnect.control;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * HAPI FHIR's STU3 model and JSON parser, with the one {@link FhirContext} of the stand-in: a
 * context is costly to build (it scans the whole model) and thread-safe; parsers are cheap and are
 * made per use.
 */
public final class Fhir {

  private static final FhirContext CONTEXT = FhirContext.forDstu3();

  private Fhir() {}

  public static FhirContext context() {
    return CONTEXT;
  }

  public static String encode(IBaseResource resource) {
    return parser().encodeResourceToString(resource);
  }

  /**
   * A resource of the type expected, or the failure named: a body or claim that is not the FHIR
   * resource it should be.
   */
  public static <T extends IBaseResource> T parse(
      Class<T> type, String json, SpineError error, String what) {
    try {
      return parser().parseResource(type, json);
    } catch (DataFormatException | ClassCastException e) {
      throw new GpcFailure(error, what + " is not a valid FHIR STU3 " + type.getSimpleName());
    }
  }

  private static IParser parser() {
    return CONTEXT.newJsonParser().setSuppressNarratives(true);
  }
}
