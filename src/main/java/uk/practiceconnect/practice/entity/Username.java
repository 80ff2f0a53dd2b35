package uk.practiceconnect.practice.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/** A Practice Connect sign-in name: lower-case letters, digits, dots, dashes and underscores. */
public record Username(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

  public Username {
    Text.required(value, "Enter a username");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "A username is 3 to 60 letters, digits, dots, dashes or underscores, for example"
              + " jane.smith");
    }
  }

  public static Username of(String raw) {
    Text.required(raw, "Enter a username");
    return new Username(raw.strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
