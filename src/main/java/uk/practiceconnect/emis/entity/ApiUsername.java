package uk.practiceconnect.emis.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/** The EMIS username Practice Connect logs on with through the Partner API. */
public record ApiUsername(String value) {

  public static final int MAX_LENGTH = 50;

  public ApiUsername {
    Text.required(value, "Enter the EMIS API username");
    Text.noOuterSpaces(value, "The EMIS API username");
    Text.maxLength(value, MAX_LENGTH, "The EMIS API username");
    if (Text.hasUnreadableCharacters(value)) {
      throw new InvalidValueException(
          "The EMIS API username must be plain text on one line, without hidden or direction-changing characters");
    }
  }

  public static ApiUsername of(String raw) {
    return new ApiUsername(raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
