package uk.practiceconnect.practice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class OdsCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"A81001", "a81001", " A81001 ", "Y0123", "B8A1C2"})
  void acceptsWhatAPersonTypes(String raw) {
    assertEquals(raw.strip().toUpperCase(), OdsCode.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"81001", "A810", "A810011", "A81 001", "A81-01", "Ä81001", "A81\n001"})
  void rejectsCodesThatAreNotOdsShaped(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> OdsCode.of(raw));
    assertEquals(
        "An ODS code is a letter followed by 4 or 5 letters or digits, for example A81001",
        e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void asksForAMissingCode(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> OdsCode.of(raw));
    assertEquals("Enter the practice's ODS code, for example A81001", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a81001", "A81001 "})
  void theCanonicalConstructorDoesNotTidyUp(String raw) {
    assertThrows(InvalidValueException.class, () -> new OdsCode(raw));
  }
}
