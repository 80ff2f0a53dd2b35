package uk.practiceconnect.patient.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class PatientIdentifiersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"9434765919", "943 476 5919", " 943-476-5919 ", "4010232137", "0000000000"})
  void acceptsNhsNumbersWithAValidCheckDigit(String raw) {
    assertEquals(10, NhsNumber.of(raw).value().length());
  }

  @Test
  void rejectsAWrongCheckDigit() {
    var e = assertThrows(InvalidValueException.class, () -> NhsNumber.of("9434765918"));
    assertTrue(e.getMessage().contains("not a valid NHS number"));
  }

  @Test
  void rejectsNumbersWhoseCheckDigitWouldBeTen() {
    // 1×10 + 1×2 = 12, 12 mod 11 = 1, 11 - 1 = 10: no last digit can make 100000001? valid
    for (int last = 0; last <= 9; last++) {
      String candidate = "100000001" + last;
      assertFalse(NhsNumber.hasValidCheckDigit(candidate), candidate);
      assertThrows(InvalidValueException.class, () -> NhsNumber.of(candidate));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"943476591", "94347659190", "94347659a9", ""})
  void rejectsWrongShapes(String raw) {
    assertThrows(InvalidValueException.class, () -> NhsNumber.of(raw));
  }

  @Test
  void masksAndFormats() {
    NhsNumber n = NhsNumber.of("9434765919");
    assertEquals("943 476 5919", n.formatted());
    assertEquals("*** *** 5919", n.masked());
    assertFalse(n.toString().contains("943"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07700900123",
        "07700 900123",
        "+44 7700 900123",
        "447700900123",
        "0044 (0)7700-900123"
      })
  void normalisesUkMobiles(String raw) {
    if (raw.contains("(0)")) {
      assertTrue(MobileNumber.parse(raw).isEmpty()); // the (0) makes it ambiguous: not guessed
      return;
    }
    MobileNumber m = MobileNumber.of(raw);
    assertEquals("+447700900123", m.value());
    assertEquals("07700 900123", m.national());
    assertEquals("07*** ***123", m.masked());
  }

  @ParameterizedTest
  @ValueSource(strings = {"02079460000", "0770090012", "+33612345678", "phone me"})
  void refusesLandlinesForeignAndNonsense(String raw) {
    assertThrows(InvalidValueException.class, () -> MobileNumber.of(raw));
    assertTrue(MobileNumber.parse(raw).isEmpty());
  }
}
