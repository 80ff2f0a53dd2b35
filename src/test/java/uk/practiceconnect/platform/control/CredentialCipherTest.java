package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.SealedSecret;

class CredentialCipherTest {

  static final String K1 = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String K2 =
      "k2:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void sealsAndOpensWithTheSameContext() {
    var cipher = CredentialCipher.of(K1, "k1");
    SealedSecret sealed = cipher.seal("s3cret!".toCharArray(), "practice:1");
    assertEquals("k1", sealed.keyId());
    assertFalse(sealed.payload().contains("s3cret"));
    assertArrayEquals("s3cret!".toCharArray(), cipher.open(sealed, "practice:1"));
  }

  @Test
  void usesAFreshNonceForEveryWrite() {
    var cipher = CredentialCipher.of(K1, "k1");
    assertNotEquals(
        cipher.seal("same".toCharArray(), "c").payload(),
        cipher.seal("same".toCharArray(), "c").payload());
  }

  @Test
  void aValueCopiedToAnotherPracticeDoesNotOpen() {
    var cipher = CredentialCipher.of(K1, "k1");
    SealedSecret sealed = cipher.seal("s3cret".toCharArray(), "practice:1");
    assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "practice:2"));
  }

  @Test
  void oldValuesStayReadableAfterTheActiveKeyRotates() {
    SealedSecret old = CredentialCipher.of(K1, "k1").seal("pw".toCharArray(), "c");
    var rotated = CredentialCipher.of(K1 + "," + K2, "k2");
    assertArrayEquals("pw".toCharArray(), rotated.open(old, "c"));
    assertEquals("k2", rotated.seal("pw".toCharArray(), "c").keyId());
  }

  @Test
  void refusesKeysOfTheWrongSizeOrAMissingActiveKey() {
    assertThrows(IllegalStateException.class, () -> CredentialCipher.of("k:AAAA", "k"));
    assertThrows(IllegalStateException.class, () -> CredentialCipher.of(K1, "k9"));
  }

  @Test
  void tamperedValuesDoNotOpen() {
    var cipher = CredentialCipher.of(K1, "k1");
    SealedSecret sealed = cipher.seal("pw".toCharArray(), "c");
    byte[] raw = Base64.getDecoder().decode(sealed.payload());
    raw[raw.length - 1] ^= 1;
    var tampered = new SealedSecret("k1", Base64.getEncoder().encodeToString(raw));
    assertThrows(IllegalStateException.class, () -> cipher.open(tampered, "c"));
  }
}
