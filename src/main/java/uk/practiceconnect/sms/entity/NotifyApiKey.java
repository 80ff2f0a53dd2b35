package uk.practiceconnect.sms.entity;

import java.util.Arrays;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A GOV.UK Notify API key, {@code {key name}-{service id}-{secret}}, on its way to being encrypted.
 * Notify's client reads the service id and the secret from the last 73 characters (two UUIDs and
 * the dash between them), so that is what is checked here; the name before them may hold dashes. It
 * never prints itself, so it cannot leak into a log line or an audit entry by accident.
 */
public final class NotifyApiKey {

  public static final int MAX_LENGTH = 255;
  private static final int UUID_LENGTH = 36;
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final char[] value;
  private final String serviceId;

  private NotifyApiKey(char[] value, String serviceId) {
    this.value = value;
    this.serviceId = serviceId;
  }

  /** Whether the text is a UUID in its usual 8-4-4-4-12 form (UUID.fromString is lenient). */
  public static boolean isUuid(String text) {
    return text != null && UUID_TEXT.matcher(text).matches();
  }

  /** From what someone pasted: spaces and line breaks around it are dropped. */
  public static NotifyApiKey of(String raw) {
    Text.required(raw, "Enter the API key from your GOV.UK Notify service");
    String key = raw.strip();
    Text.maxLength(key, MAX_LENGTH, "The API key");
    int secretStart = key.length() - UUID_LENGTH;
    int serviceStart = secretStart - 1 - UUID_LENGTH;
    if (serviceStart < 2
        || key.charAt(serviceStart - 1) != '-'
        || key.charAt(secretStart - 1) != '-'
        || !isUuid(key.substring(serviceStart, secretStart - 1))
        || !isUuid(key.substring(secretStart))) {
      throw new InvalidValueException(
          "This is not a whole GOV.UK Notify API key: copy all of it from API integration › API"
              + " keys when you create the key. It is the key's name, then two long codes, all"
              + " joined by dashes");
    }
    return new NotifyApiKey(
        key.toCharArray(), key.substring(serviceStart, secretStart - 1).toLowerCase());
  }

  /** The Notify service the key belongs to (not secret: Notify shows it on the service's page). */
  public String serviceId() {
    return serviceId;
  }

  public char[] reveal() {
    return Arrays.copyOf(value, value.length);
  }

  @Override
  public String toString() {
    return "NotifyApiKey[service " + serviceId + ", secret hidden]";
  }
}
