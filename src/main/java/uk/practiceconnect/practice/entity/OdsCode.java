package uk.practiceconnect.practice.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A practice's national ODS code (for example {@code A81001}): a letter, then letters or digits,
 * five or six characters in all. Stored and shown in capitals; used in URLs.
 */
public record OdsCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{4,5}");

  public OdsCode {
    Text.required(value, "Enter the practice's ODS code, for example A81001");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "An ODS code is a letter followed by 4 or 5 letters or digits, for example A81001");
    }
  }

  /** Accepts what a person types: surrounding spaces trimmed, lower case raised. */
  public static OdsCode of(String raw) {
    Text.required(raw, "Enter the practice's ODS code, for example A81001");
    return new OdsCode(raw.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
