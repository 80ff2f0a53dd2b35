package uk.practiceconnect.practice.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/** The name patients know the practice by, as it appears in texts and on pages. */
public record PracticeName(String value) {

  public static final int MAX_LENGTH = 120;

  public PracticeName {
    Text.required(value, "Enter the practice name");
    Text.maxLength(value, MAX_LENGTH, "The practice name");
    if (Text.hasUnreadableCharacters(value)) {
      throw new InvalidValueException(
          "The practice name must be plain text on one line, without hidden or direction-changing characters");
    }
  }

  public static PracticeName of(String raw) {
    Text.required(raw, "Enter the practice name");
    return new PracticeName(raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
