package uk.practiceconnect.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class ApiKeysTest {

  @Test
  void storesOnlyAFingerprint() {
    String h = ApiKeys.hash("demo-platform-key");
    assertEquals(64, h.length());
    assertNotEquals(h, ApiKeys.hash("demo-platform-key "));
  }

  @Test
  void keyNamesArePlainAndShort() {
    assertEquals("North Trust EPR", ApiKeys.keyName("  North Trust EPR "));
    assertThrows(InvalidValueException.class, () -> ApiKeys.keyName(" "));
    assertThrows(InvalidValueException.class, () -> ApiKeys.keyName("a\nb"));
    assertThrows(InvalidValueException.class, () -> ApiKeys.keyName("k".repeat(81)));
  }
}
