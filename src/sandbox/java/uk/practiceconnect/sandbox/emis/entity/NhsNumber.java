package uk.practiceconnect.sandbox.emis.entity;

import java.util.random.RandomGenerator;

/**
 * An NHS number: ten digits, the last a modulus-11 check digit over the first nine. People write it
 * with spaces (943 476 5919); those are dropped.
 */
public record NhsNumber(String value) {

  /** Numbers starting 999 are kept for test data, never issued to a real patient. */
  static final String SYNTHETIC_PREFIX = "999";

  public NhsNumber {
    if (value == null || value.length() != 10 || !value.chars().allMatch(Character::isDigit)) {
      throw SandboxFailure.badRequest("nhsNumber must be 10 digits");
    }
    if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
      throw SandboxFailure.badRequest("nhsNumber is not a valid NHS number (check digit)");
    }
  }

  public static NhsNumber of(String raw) {
    if (raw == null) {
      throw SandboxFailure.badRequest("nhsNumber is missing");
    }
    return new NhsNumber(raw.replace(" ", "").replace("-", ""));
  }

  public static boolean isValid(String raw) {
    try {
      of(raw);
      return true;
    } catch (SandboxFailure e) {
      return false;
    }
  }

  /**
   * The check digit for nine ASCII digits: weights 10 down to 2, 11 minus the remainder mod 11,
   * with 11 meaning 0. Answers 10 when no valid number starts with these digits.
   */
  public static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /** A valid synthetic NHS number (999 range); about one draw in eleven is retried. */
  public static NhsNumber random(RandomGenerator random) {
    while (true) {
      String nine = SYNTHETIC_PREFIX + String.format("%06d", random.nextInt(1_000_000));
      int check = checkDigit(nine);
      if (check != 10) {
        return new NhsNumber(nine + check);
      }
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
