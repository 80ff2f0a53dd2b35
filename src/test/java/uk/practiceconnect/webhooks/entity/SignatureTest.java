package uk.practiceconnect.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class SignatureTest {

  /** The example the Standard Webhooks reference libraries all test against. */
  static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long SPEC_TIMESTAMP = 1614265330L;
  static final String SPEC_BODY = "{\"test\": 2432232314}";
  static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void signsTheSpecificationsExampleExactly() {
    assertEquals(
        SPEC_SIGNATURE,
        Signature.sign(WebhookSecret.of(SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
  }

  @Test
  void theKeyIsTheDecodedBytesAfterThePrefixNotTheText() {
    WebhookSecret secret = WebhookSecret.of(SPEC_SECRET);
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), secret.key());
  }

  @Test
  void aSecretWithoutThePrefixIsTheSameSecret() {
    assertEquals(
        SPEC_SIGNATURE,
        Signature.sign(
            WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
            SPEC_ID,
            SPEC_TIMESTAMP,
            SPEC_BODY));
  }

  @Test
  void anyChangeToIdTimestampOrBodyChangesTheSignature() {
    WebhookSecret s = WebhookSecret.of(SPEC_SECRET);
    assertNotEquals(SPEC_SIGNATURE, Signature.sign(s, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY));
    assertNotEquals(SPEC_SIGNATURE, Signature.sign(s, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY));
    assertNotEquals(SPEC_SIGNATURE, Signature.sign(s, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " "));
  }

  @Test
  void duringARotationTheHeaderCarriesOneSignaturePerSecretSeparatedBySpaces() {
    WebhookSecret fresh = WebhookSecret.generate();
    WebhookSecret old = WebhookSecret.of(SPEC_SECRET);
    String header = Signature.header(List.of(fresh, old), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
    String[] parts = header.split(" ");
    assertEquals(2, parts.length, header);
    assertEquals(Signature.sign(fresh, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY), parts[0]);
    assertEquals(SPEC_SIGNATURE, parts[1]);
  }

  @Test
  void aNewSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
    WebhookSecret a = WebhookSecret.generate();
    WebhookSecret b = WebhookSecret.generate();
    assertTrue(a.value().startsWith("whsec_"), a.value());
    assertEquals(32, Base64.getDecoder().decode(a.value().substring(6)).length);
    assertNotEquals(a.value(), b.value());
    assertFalse(a.toString().contains(a.value().substring(6)), "never printed");
  }

  @Test
  void refusesASecretThatIsNotBase64OrTooShort() {
    assertThrows(InvalidValueException.class, () -> WebhookSecret.of("whsec_not base64!"));
    assertThrows(InvalidValueException.class, () -> WebhookSecret.of("whsec_c2hvcnQ="));
    assertThrows(InvalidValueException.class, () -> WebhookSecret.of(null));
  }
}
