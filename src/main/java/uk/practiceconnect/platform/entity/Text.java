package uk.practiceconnect.platform.entity;

/** Small checks shared by value objects. */
public final class Text {
  private Text() {}

  public static String required(String raw, String whatIsMissing) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException(whatIsMissing);
    }
    return raw;
  }

  public static String noOuterSpaces(String raw, String what) {
    if (!raw.equals(raw.strip())) {
      throw new InvalidValueException(what + " must not start or end with a space");
    }
    return raw;
  }

  public static String maxLength(String raw, int max, String what) {
    if (raw.length() > max) {
      throw new InvalidValueException(
          what
              + " is too long: at most "
              + max
              + " characters (this one has "
              + raw.length()
              + ")");
    }
    return raw;
  }

  public static boolean hasControlCharacters(String raw) {
    return raw.chars().anyMatch(Character::isISOControl);
  }
}
