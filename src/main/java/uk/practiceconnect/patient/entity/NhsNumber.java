package uk.practiceconnect.patient.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * A 10-digit NHS number whose last digit is the modulus 11 check digit of the first nine. People
 * type it with spaces ("943 476 5919"); it is kept as ten digits.
 */
public record NhsNumber(String value) {

  public NhsNumber {
    Text.required(value, "Enter the NHS number");
    if (!value.matches("[0-9]{10}")) {
      throw new InvalidValueException("An NHS number is 10 digits, for example 943 476 5919");
    }
    if (!hasValidCheckDigit(value)) {
      throw new InvalidValueException(
          "This is not a valid NHS number: check it for a mistyped digit");
    }
  }

  /** Accepts spaces and dashes between the digits, as people write them. */
  public static NhsNumber of(String raw) {
    Text.required(raw, "Enter the NHS number");
    return new NhsNumber(raw.strip().replaceAll("[\\s-]", ""));
  }

  static boolean hasValidCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** "943 476 5919", as the NHS prints it. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  /** "*** *** 5919": enough for a person to recognise, too little to identify. */
  public String masked() {
    return "*** *** " + value.substring(6);
  }

  @Override
  public String toString() {
    return masked();
  }
}
