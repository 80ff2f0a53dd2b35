package uk.practiceconnect.sandbox.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkMobileTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07700900123",
        "07700 900123",
        "07700-900-123",
        "+447700900123",
        "+44 7700 900123",
        "447700900123",
        "00447700900123",
        "+44 (0)7700 900123",
        "(07700) 900123",
        "\u00A007700\u200B900123 ",
        "7700900123"
      })
  void readsEveryWayAUkMobileIsWritten(String raw) {
    assertEquals("447700900123", UkMobile.parse(raw).normalised());
  }

  @ParameterizedTest
  @CsvSource({
    "02079460958, Not a UK mobile number",
    "+33612345678, Not a UK mobile number",
    "'', Not a UK mobile number",
    "077009001234, Too many digits",
    "0770090012, Not enough digits",
    "07700 90012x, Must not contain letters or symbols",
    "07700.900123, Must not contain letters or symbols",
  })
  void refusesWhatNotifyRefusesWithNotifysMessage(String raw, String message) {
    var e = assertThrows(IllegalArgumentException.class, () -> UkMobile.parse(raw));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"07700900123", "+447700900123"})
  void givesTheNationalForm(String raw) {
    assertEquals("07700900123", UkMobile.parse(raw).national());
  }

  @org.junit.jupiter.api.Test
  void neverShowsTheWholeNumber() {
    assertFalse(UkMobile.parse("07700900123").toString().contains("7700900"));
  }
}
