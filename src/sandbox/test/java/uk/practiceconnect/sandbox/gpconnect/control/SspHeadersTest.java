package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class SspHeadersTest {

  @Test
  void acceptsTheFourHeadersAndAnswersTheConsumersAsid() {
    assertEquals(
        "200000000359",
        SspHeaders.check(
            GpcFixtures.headers(GpcFixtures.sspHeaders(Interaction.SEARCH_SLOT)),
            Providers.parkside(),
            Interaction.SEARCH_SLOT));
  }

  @Test
  void refusesAMissingTraceId() {
    assertBadRequest(without("Ssp-TraceID"), "Ssp-TraceID");
  }

  @Test
  void refusesATraceIdThatIsNoUuid() {
    assertBadRequest(with("Ssp-TraceID", "trace-1"), "GUID");
  }

  @Test
  void refusesAFromThatIsNoAsid() {
    assertBadRequest(with("Ssp-From", "ABC"), "Ssp-From");
    assertBadRequest(with("Ssp-From", "1234567890123"), "Ssp-From");
    assertBadRequest(without("Ssp-From"), "Ssp-From");
  }

  @Test
  void refusesARequestForAnotherProvidersAsid() {
    assertBadRequest(with("Ssp-To", "918999199121"), "not the ASID of this provider");
  }

  @Test
  void refusesAnInteractionIdThatDoesNotMatchTheRequest() {
    assertBadRequest(with("Ssp-InteractionID", Interaction.SEARCH_PATIENT.id()), "does not match");
    assertBadRequest(without("Ssp-InteractionID"), "Ssp-InteractionID");
  }

  private static Map<String, String> with(String name, String value) {
    Map<String, String> h = new HashMap<>(GpcFixtures.sspHeaders(Interaction.SEARCH_SLOT));
    h.put(name, value);
    return h;
  }

  private static Map<String, String> without(String name) {
    Map<String, String> h = new HashMap<>(GpcFixtures.sspHeaders(Interaction.SEARCH_SLOT));
    h.remove(name);
    return h;
  }

  private static void assertBadRequest(Map<String, String> headers, String words) {
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () ->
                SspHeaders.check(
                    GpcFixtures.headers(headers), Providers.parkside(), Interaction.SEARCH_SLOT));
    assertEquals(SpineError.BAD_REQUEST, f.error());
    assertEquals(400, f.error().httpStatus());
    assertTrue(f.diagnostics().contains(words), f.diagnostics());
  }
}
