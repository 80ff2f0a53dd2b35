package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class IfMatchTest {

  @Test
  void takesTheCurrentVersionAsAWeakOrStrongEtag() {
    assertEquals(3, IfMatch.version("W/\"3\"", 3));
    assertEquals(3, IfMatch.version("\"3\"", 3));
  }

  @Test
  void aStaleOrMeaninglessVersionIsAConflict() {
    for (String stale : new String[] {"W/\"2\"", "invalidEtag", "W/\"\""}) {
      GpcFailure f = assertThrows(GpcFailure.class, () -> IfMatch.version(stale, 3));
      assertEquals(SpineError.FHIR_CONSTRAINT_VIOLATION, f.error());
      assertEquals(409, f.error().httpStatus());
    }
  }

  @Test
  void aMissingIfMatchIsABadRequest() {
    GpcFailure f = assertThrows(GpcFailure.class, () -> IfMatch.version(null, 3));
    assertEquals(SpineError.BAD_REQUEST, f.error());
  }
}
