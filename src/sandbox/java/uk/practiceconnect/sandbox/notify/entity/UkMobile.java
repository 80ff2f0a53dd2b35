package uk.practiceconnect.sandbox.notify.entity;

/**
 * A UK mobile number checked the way GOV.UK Notify checks one: spaces, dashes, brackets and a plus
 * are ignored; a leading 0, 44 or 0044 is dropped; what is left must be 7 and nine more digits.
 * Kept as {@code 447…}, Notify's normalised form, so 07700 900123 and +44 7700 900123 match.
 */
public record UkMobile(String normalised) {

  /** Whitespace Python's string.whitespace misses but Notify strips as well. */
  private static final String OBSCURE_WHITESPACE = "\u180E\u200B\u200C\u200D\u2060\u00A0\uFEFF";

  private static final String IGNORED = "()-+";

  /**
   * Reads a number; the exception's message is Notify's own ("Not a UK mobile number", "Too many
   * digits", "Not enough digits", "Must not contain letters or symbols").
   */
  public static UkMobile parse(String raw) {
    StringBuilder digits = new StringBuilder();
    String text = raw == null ? "" : raw;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          || OBSCURE_WHITESPACE.indexOf(c) >= 0
          || IGNORED.indexOf(c) >= 0) {
        continue;
      }
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Must not contain letters or symbols");
      }
      digits.append(c);
    }
    String number = stripZeros(digits.toString());
    if (number.startsWith("44")) {
      number = stripZeros(number.substring(2));
    }
    if (!number.startsWith("7")) {
      throw new IllegalArgumentException("Not a UK mobile number");
    }
    if (number.length() > 10) {
      throw new IllegalArgumentException("Too many digits");
    }
    if (number.length() < 10) {
      throw new IllegalArgumentException("Not enough digits");
    }
    return new UkMobile("44" + number);
  }

  private static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  /** The number as a person in the UK writes it: 07700900123. */
  public String national() {
    return "0" + normalised.substring(2);
  }

  @Override
  public String toString() {
    // numbers are personal data: never whole in a log line
    return "UkMobile[…" + normalised.substring(normalised.length() - 3) + "]";
  }
}
