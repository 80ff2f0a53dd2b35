package uk.practiceconnect.webhooks.entity;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32
 * random bytes. The HMAC key is those bytes, not the text. Never printed by {@link #toString()}.
 */
public final class WebhookSecret {

  public static final String PREFIX = "whsec_";
  static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;
  private final byte[] key;

  private WebhookSecret(String value, byte[] key) {
    this.value = value;
    this.key = key;
  }

  public static WebhookSecret generate() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
  }

  /** A secret as shown to the practice; the spec's receivers also accept it without the prefix. */
  public static WebhookSecret of(String raw) {
    String s = raw == null ? "" : raw.strip();
    String encoded = s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : s;
    try {
      byte[] key = Base64.getDecoder().decode(encoded);
      if (key.length < 24 || key.length > 64) {
        throw new InvalidValueException("A webhook secret holds 24 to 64 bytes");
      }
      return new WebhookSecret(PREFIX + encoded, key);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("A webhook secret is whsec_ followed by base64");
    }
  }

  /** The text the receiver keeps: shown once, when made. */
  public String value() {
    return value;
  }

  /** The HMAC-SHA256 key: the decoded bytes after {@code whsec_}. */
  public byte[] key() {
    return Arrays.copyOf(key, key.length);
  }

  @Override
  public String toString() {
    return "WebhookSecret[hidden]";
  }
}
