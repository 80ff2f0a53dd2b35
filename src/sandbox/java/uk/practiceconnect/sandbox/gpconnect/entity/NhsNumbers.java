package uk.practiceconnect.sandbox.gpconnect.entity;

/** The structural check of an NHS number: ten digits, the last a modulus-11 check digit. */
public final class NhsNumbers {

  private NhsNumbers() {}

  public static boolean isValid(String value) {
    if (value == null || value.length() != 10 || !value.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (value.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    // a remainder that gives 10 means no valid number starts with these nine digits
    return check != 10 && (check == 11 ? 0 : check) == value.charAt(9) - '0';
  }
}
