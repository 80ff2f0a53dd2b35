package uk.practiceconnect.platform.entity;

/**
 * Thrown by value objects when a value is not acceptable. It knows nothing of fields; {@link
 * Validation} attaches the field name.
 */
public class InvalidValueException extends IllegalArgumentException {
  public InvalidValueException(String message) {
    super(message);
  }
}
