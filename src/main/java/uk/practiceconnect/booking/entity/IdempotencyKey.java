package uk.practiceconnect.booking.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The {@code Idempotency-Key} a client sends with a booking: the same key with the same body always
 * means the same booking. Printable ASCII (a UUID is typical), at most 100 characters.
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 100;

  public IdempotencyKey {
    Text.required(value, "Send an Idempotency-Key header, for example a new UUID per booking");
    if (value.length() > MAX_LENGTH || !value.matches("[\\x21-\\x7E]+")) {
      throw new InvalidValueException(
          "An Idempotency-Key is 1 to 100 printable characters without spaces, for example a"
              + " UUID");
    }
  }

  public static IdempotencyKey of(String raw) {
    Text.required(raw, "Send an Idempotency-Key header, for example a new UUID per booking");
    return new IdempotencyKey(raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
