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

  /**
   * Whether one line of text that people will read (a name, a username, a slot type) holds a
   * character they cannot see or that changes how the text around it reads: control characters (NUL
   * and line breaks included), a lone half of a surrogate pair, a direction override or isolate, or
   * a zero-width character. Such characters spoof names in the audit trail and break texts.
   */
  public static boolean hasUnreadableCharacters(String raw) {
    return hasUnreadableCharacters(raw, false);
  }

  /** As {@link #hasUnreadableCharacters(String)}, with line breaks allowed when asked for. */
  public static boolean hasUnreadableCharacters(String raw, boolean lineBreaksAllowed) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
          i++;
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return true;
      }
      if (lineBreaksAllowed && (c == '\n' || c == '\r')) {
        continue;
      }
      if (Character.isISOControl(c) || isInvisibleOrDirectional(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInvisibleOrDirectional(char c) {
    return c == '\u061C' // Arabic letter mark
        || (c >= '\u200B' && c <= '\u200F') // zero-width space, joiners, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
        || (c >= '\u2060' && c <= '\u2064') // word joiner, invisible operators
        || (c >= '\u2066' && c <= '\u2069') // isolates
        || c == '\uFEFF' // zero-width no-break space
        || c == '\u180E'; // Mongolian vowel separator
  }
}
