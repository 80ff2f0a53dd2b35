package uk.practiceconnect.emis.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class ApiUserTest {

  @ParameterizedTest
  @ValueSource(strings = {" practiceconnect", "practiceconnect ", "\tpc"})
  void usernameMustNotStartOrEndWithASpace(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> ApiUsername.of(raw));
    assertEquals("The EMIS API username must not start or end with a space", e.getMessage());
  }

  @Test
  void usernameHasALimitAndOneLine() {
    assertThrows(InvalidValueException.class, () -> ApiUsername.of("u".repeat(51)));
    assertThrows(InvalidValueException.class, () -> ApiUsername.of("a\u0000b"));
    assertEquals("practice connect", ApiUsername.of("practice connect").value());
  }

  @Test
  void passwordNeverPrintsItself() {
    ApiPassword password = ApiPassword.of("Sandbox-Emis-Pass-1");
    assertFalse(password.toString().contains("Sandbox"));
    assertArrayEquals("Sandbox-Emis-Pass-1".toCharArray(), password.reveal());
  }

  @Test
  void passwordIsRequiredAndBounded() {
    assertEquals(
        "Enter the EMIS API user's password",
        assertThrows(InvalidValueException.class, () -> ApiPassword.of("")).getMessage());
    assertThrows(InvalidValueException.class, () -> ApiPassword.of("p".repeat(129)));
  }
}
