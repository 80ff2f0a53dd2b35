package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

  @Test
  void aHashMatchesOnlyItsPassword() {
    String hash = PasswordHashes.hash("Sandbox-Emis-Pass-1");
    assertTrue(PasswordHashes.matches("Sandbox-Emis-Pass-1", hash));
    assertFalse(PasswordHashes.matches("sandbox-emis-pass-1", hash));
    assertFalse(PasswordHashes.matches(null, hash));
    assertFalse(PasswordHashes.matches("x", null));
    assertFalse(PasswordHashes.matches("x", "plain-text"));
  }

  @Test
  void samePasswordGetsADifferentSaltEachTime() {
    String a = PasswordHashes.hash("same");
    String b = PasswordHashes.hash("same");
    assertNotEquals(a, b);
    assertFalse(a.contains("same"));
  }
}
