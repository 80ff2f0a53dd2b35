package uk.practiceconnect.sandbox.notify.entity;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A Notify API key, {@code {key_name}-{service_id}-{secret}}: two UUIDs at the end, the name (which
 * may itself hold dashes) before them. {@link #toString()} never shows the secret.
 */
public record NotifyApiKey(String name, UUID serviceId, String secret, KeyType type) {

  private static final int UUID_LENGTH = 36;
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Whether the text is a UUID in its canonical 8-4-4-4-12 form (UUID.fromString is lenient). */
  public static boolean isUuid(String text) {
    return text != null && UUID_TEXT.matcher(text).matches();
  }

  /** Reads a full key; the message says what is wrong without echoing the key. */
  public static NotifyApiKey parse(String key) {
    String k = key == null ? "" : key.strip();
    if (k.length() < 2 * UUID_LENGTH + 3 || k.charAt(k.length() - UUID_LENGTH - 1) != '-') {
      throw new IllegalArgumentException(
          "A Notify API key is {key_name}-{service_id}-{secret}, both ids being UUIDs");
    }
    String secret = k.substring(k.length() - UUID_LENGTH);
    String service = k.substring(k.length() - 2 * UUID_LENGTH - 1, k.length() - UUID_LENGTH - 1);
    String name = k.substring(0, k.length() - 2 * UUID_LENGTH - 2);
    if (k.charAt(k.length() - 2 * UUID_LENGTH - 2) != '-' || name.isEmpty()) {
      throw new IllegalArgumentException("A Notify API key starts with its name and a dash");
    }
    if (!UUID_TEXT.matcher(service).matches() || !UUID_TEXT.matcher(secret).matches()) {
      throw new IllegalArgumentException("The service id and secret of a Notify API key are UUIDs");
    }
    return new NotifyApiKey(name, UUID.fromString(service), secret, KeyType.ofKeyName(name));
  }

  @Override
  public String toString() {
    return "NotifyApiKey[" + name + ", service " + serviceId + ", " + type + "]";
  }
}
