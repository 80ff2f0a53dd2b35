package uk.practiceconnect.patient.entity;

import java.util.Optional;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A UK mobile number, kept in international form ({@code +447700900123}). Accepts what people and
 * EMIS records hold: 07…, +447…, 447…, 00447…, with spaces, dashes or brackets.
 */
public record MobileNumber(String value) {

  public MobileNumber {
    Text.required(value, "Enter a mobile number");
    if (!value.matches("\\+447[0-9]{9}")) {
      throw new InvalidValueException(
          "Enter a UK mobile number, like 07700 900123 or +44 7700 900123");
    }
  }

  public static MobileNumber of(String raw) {
    Text.required(raw, "Enter a mobile number");
    String digits = raw.strip().replaceAll("[\\s()\\-.]", "");
    if (digits.startsWith("+44")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0044")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("44") && digits.length() == 12) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = digits.substring(1);
    }
    return new MobileNumber("+44" + digits);
  }

  /** A number from a record that may hold anything: empty when it is not a UK mobile. */
  public static Optional<MobileNumber> parse(String raw) {
    try {
      return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(of(raw));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** "07700 900123", as people in the UK write it. */
  public String national() {
    String n = "0" + value.substring(3);
    return n.substring(0, 5) + " " + n.substring(5);
  }

  /** "07*** ***123": for logs, lists and API answers that must not reveal the number. */
  public String masked() {
    return "07*** ***" + value.substring(value.length() - 3);
  }

  @Override
  public String toString() {
    return masked();
  }
}
