package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The formats the stand-in speaks: FHIR JSON only ({@code application/fhir+json}, also accepted
 * under the older {@code application/json+fhir} and plain {@code application/json}). A consumer
 * that asks only for XML (Accept or {@code _format}) is refused with 406, a body in any other
 * format with 415; GP Connect providers also serve XML, which the stand-in does not.
 */
final class FhirMedia {

  static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

  private static final Set<String> JSON =
      Set.of("application/fhir+json", "application/json+fhir", "application/json");
  private static final Set<String> FORMAT_JSON =
      Set.of("json", "application/fhir+json", "application/json+fhir", "application/json");

  private FhirMedia() {}

  static void checkAccept(HttpHeaders headers, UriInfo uri) {
    String format = uri.getQueryParameters().getFirst("_format");
    if (format != null && !FORMAT_JSON.contains(format.strip().toLowerCase(Locale.ROOT))) {
      throw SpineError.NOT_ACCEPTABLE.failure(
          "_format " + format + " is not served here: use application/fhir+json");
    }
    String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
    if (format != null || accept == null || accept.isBlank()) {
      return;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*") || JSON.contains(type)) {
        return;
      }
    }
    throw SpineError.NOT_ACCEPTABLE.failure(
        "Accept " + accept + " is not served here: use application/fhir+json");
  }

  static void checkContentType(HttpHeaders headers) {
    String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!JSON.contains(type)) {
      throw SpineError.UNSUPPORTED_MEDIA_TYPE.failure(
          "Content-Type "
              + (contentType == null ? "(none)" : contentType)
              + " is not accepted: send application/fhir+json");
    }
  }
}
