package uk.practiceconnect.practice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class UsernameTest {

  @Test
  void lowerCasesAndTrims() {
    assertEquals("jane.smith", Username.of(" Jane.Smith ").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "jane smith", "jane@nhs.net", ".jane", "ü-user"})
  void rejectsOtherShapes(String raw) {
    assertThrows(InvalidValueException.class, () -> Username.of(raw));
  }

  @Test
  void practiceNameIsTrimmedAndSingleLine() {
    assertEquals("Riverside Surgery", PracticeName.of("  Riverside Surgery ").value());
    assertThrows(InvalidValueException.class, () -> PracticeName.of("Riverside\nSurgery"));
    assertThrows(InvalidValueException.class, () -> PracticeName.of("x".repeat(121)));
  }
}
