package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dr\u0000Smith", // NUL
        "Dr\u0007Smith", // bell
        "Dr\nSmith", // a line break in a one-line name
        "Dr\u007fSmith", // DEL
        "Dr\u0085Smith", // a C1 control
        "admin\u202e", // right-to-left override: reads as something else in the audit trail
        "\u2066Smith\u2069", // isolates
        "Sm\u200bith", // zero-width space
        "Sm\u200dith", // zero-width joiner
        "Sm\ufeffith", // zero-width no-break space
        "Smith\ud800", // a lone high surrogate
        "\udc00Smith" // a lone low surrogate
      })
  void refusesWhatPeopleCannotSeeOrThatTurnsTextAround(String name) {
    assertTrue(Text.hasUnreadableCharacters(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dr Siân O'Brien-Ng", "Zoë", "Łukasz", "محمد", "😀 emoji", "Hill View"})
  void acceptsEveryLanguageAndEmoji(String name) {
    assertFalse(Text.hasUnreadableCharacters(name), name);
  }

  @Test
  void lineBreaksOnlyWhereAskedFor() {
    assertFalse(Text.hasUnreadableCharacters("Line one\nline two\r\n", true));
    assertTrue(Text.hasUnreadableCharacters("Line one\u0000", true));
    assertTrue(Text.hasUnreadableCharacters("Line \u202eone", true));
  }
}
