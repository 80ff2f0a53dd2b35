package uk.practiceconnect.sms.entity;

/**
 * How long a text is on the phone network, and so how many fragments (and how much money) it takes.
 * A text of GSM-7 characters only fits 160 characters in one fragment and 153 in each when split; a
 * single other character (an emoji, a Welsh ŵ, a curly quote) turns the whole text into UCS-2: 70
 * in one, 67 in each when split. Characters of the GSM extension table ({@code €[]{}^~|\} and form
 * feed) take two places, and neither such a pair nor a UTF-16 surrogate pair is ever split between
 * two fragments, as phones do it.
 *
 * @param length characters as the network counts them (septets for GSM-7, UTF-16 units for UCS-2)
 */
public record SmsLength(Encoding encoding, int length, int fragments) {

  public enum Encoding {
    GSM_7(160, 153),
    UCS_2(70, 67);

    private final int single;
    private final int perPart;

    Encoding(int single, int perPart) {
      this.single = single;
      this.perPart = perPart;
    }

    public int single() {
      return single;
    }

    public int perPart() {
      return perPart;
    }
  }

  /** GSM 03.38 basic character set (one septet each). */
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** GSM 03.38 extension table (an escape septet plus one: two each). */
  private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

  public static SmsLength of(String text) {
    String t = text == null ? "" : text;
    return isGsm(t) ? gsm(t) : ucs2(t);
  }

  static boolean isGsm(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static SmsLength gsm(String text) {
    int[] widths = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      widths[i] = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return count(Encoding.GSM_7, widths);
  }

  private static SmsLength ucs2(String text) {
    // a surrogate pair is one unit of width 2 that must stay in one fragment
    int[] widths = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        widths[n++] = 2;
        i++;
      } else {
        widths[n++] = 1;
      }
    }
    return count(Encoding.UCS_2, java.util.Arrays.copyOf(widths, n));
  }

  private static SmsLength count(Encoding encoding, int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    if (total == 0) {
      return new SmsLength(encoding, 0, 0);
    }
    if (total <= encoding.single()) {
      return new SmsLength(encoding, total, 1);
    }
    int fragments = 1;
    int used = 0;
    for (int w : widths) {
      if (used + w > encoding.perPart()) {
        fragments++;
        used = 0;
      }
      used += w;
    }
    return new SmsLength(encoding, total, fragments);
  }

  /** Characters still free in the last fragment. */
  public int remainingInFragment() {
    if (fragments <= 1) {
      return encoding.single() - length;
    }
    int capacity = fragments * encoding.perPart();
    return Math.max(0, capacity - length);
  }

  /**
   * "2 texts (190 characters)" or "1 text (70 characters, special characters)": for the preview.
   */
  public String describe() {
    String texts = fragments == 1 ? "1 text" : fragments + " texts";
    String chars = length + (length == 1 ? " character" : " characters");
    return encoding == Encoding.UCS_2
        ? texts + " (" + chars + "; special characters make each text shorter)"
        : texts + " (" + chars + ")";
  }
}
