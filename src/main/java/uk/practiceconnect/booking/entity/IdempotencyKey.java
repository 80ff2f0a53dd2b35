package uk.practiceconnect.booking.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The {@code Idempotency-Key} a client sends with a booking: the same key with the same body always
 * means the same booking. Printable ASCII (a UUID is typical), at most 100 characters. A key
 * belongs to whoever sent it ({@link #ownedBy}): another API key sending the same value gets a
 * booking of its own, never someone else's.
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 100;

  /** Stored: the owner's reference, a slash, the key; the column holds 120 characters. */
  static final int MAX_STORED = 120;

  public IdempotencyKey {
    Text.required(value, "Send an Idempotency-Key header, for example a new UUID per booking");
    if (value.length() > MAX_STORED || !value.matches("[\\x21-\\x7E]+")) {
      throw new InvalidValueException(
          "An Idempotency-Key is 1 to 100 printable characters without spaces, for example a"
              + " UUID");
    }
  }

  public static IdempotencyKey of(String raw) {
    Text.required(raw, "Send an Idempotency-Key header, for example a new UUID per booking");
    String key = raw.strip();
    if (key.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "An Idempotency-Key is 1 to 100 printable characters without spaces, for example a"
              + " UUID");
    }
    return new IdempotencyKey(key);
  }

  /** This key as it belongs to {@code owner} (a caller's stable reference). */
  public IdempotencyKey ownedBy(String owner) {
    return new IdempotencyKey(owner.replace(' ', '_') + "/" + value);
  }

  @Override
  public String toString() {
    return value;
  }
}
