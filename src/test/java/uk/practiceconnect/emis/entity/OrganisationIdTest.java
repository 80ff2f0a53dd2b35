package uk.practiceconnect.emis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class OrganisationIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "50001", "0123456789"})
  void acceptsDigits(String raw) {
    assertEquals(raw, OrganisationId.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12ab", "5000-1", "50 001", "５０００１", "-1", "1.5"})
  void rejectsAnythingButAsciiDigits(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> OrganisationId.of(raw));
    assertEquals(
        "The EMIS Organisation ID must contain digits only, for example 50001", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {" 50001", "50001 ", "\t50001\n", "  50001  "})
  void aPastedIdLosesTheSpacesAroundIt(String pasted) {
    assertEquals("50001", OrganisationId.of(pasted).value());
  }

  @Test
  void aStoredValueWithSurroundingSpacesIsStillRefused() {
    var e = assertThrows(InvalidValueException.class, () -> new OrganisationId(" 50001"));
    assertEquals("The EMIS Organisation ID must not start or end with a space", e.getMessage());
  }

  @Test
  void onlySpacesAreStillMissing() {
    assertThrows(InvalidValueException.class, () -> OrganisationId.of("   "));
  }

  @Test
  void rejectsMoreThanTenDigits() {
    var e = assertThrows(InvalidValueException.class, () -> OrganisationId.of("12345678901"));
    assertEquals("The EMIS Organisation ID is too long: at most 10 digits", e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void asksForAMissingId(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> OrganisationId.of(raw));
    assertEquals("Enter the EMIS Organisation ID (the CDB number)", e.getMessage());
  }
}
