package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.InvalidValueException;

class ValueObjectsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @ParameterizedTest
  @CsvSource({
    "27, 3, 1984, 1984-03-27",
    "1, 1, 1990, 1990-01-01",
    " 07 , 09 , 2001 , 2001-09-07",
    "29, 2, 2024, 2024-02-29"
  })
  void readsADateOfBirthFromThreeBoxes(String d, String m, String y, LocalDate expected) {
    assertEquals(expected, DateOfBirth.of(d, m, y, TODAY).value());
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "'', '', '', Enter your date of birth",
        "'', 3, 1984, Date of birth must include a day",
        "27, '', 1984, Date of birth must include a month",
        "27, 3, '', Date of birth must include a year",
        "31, 2, 1984, Date of birth must be a real date",
        "29, 2, 2023, Date of birth must be a real date",
        "27, 13, 1984, Date of birth must be a real date",
        "27, 3, 84, Year must include 4 numbers",
        "aa, 3, 1984, Date of birth must be a real date",
        "26, 11, 2026, Date of birth must be in the past",
        "1, 1, 1890, Date of birth must be after"
      })
  void explainsWhatIsWrongWithADateOfBirth(String d, String m, String y, String message) {
    var e = assertThrows(InvalidValueException.class, () -> DateOfBirth.of(d, m, y, TODAY));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void todayIsAValidDateOfBirth() {
    assertEquals(TODAY, DateOfBirth.of("25", "11", "2026", TODAY).value());
  }

  @Test
  void readsIsoDatesForTheApi() {
    assertEquals(LocalDate.of(1984, 3, 27), DateOfBirth.iso("1984-03-27", TODAY).value());
    assertThrows(InvalidValueException.class, () -> DateOfBirth.iso("27/03/1984", TODAY));
    assertThrows(InvalidValueException.class, () -> DateOfBirth.iso(null, TODAY));
  }

  @Test
  void personalDetailsNeverShowInToString() {
    assertFalse(DateOfBirth.of("27", "3", "1984", TODAY).toString().contains("1984"));
    assertFalse(Surname.of("Morgan").toString().contains("Morgan"));
    assertFalse(InvitationToken.generate().toString().contains("_"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"9434765919", "943 476 5919", "943-476-5919", " 9990000018 ", "9990000018\t"})
  void nhsNumbersAcceptSpacesAndDashes(String raw) {
    assertEquals(10, NhsNumber.of(raw).value().length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"9434765918", "999000001", "99900000188", "999O000018", "1000000010", "", "   "})
  void nhsNumbersWithAWrongCheckDigitOrShapeAreRefused(String raw) {
    assertThrows(InvalidValueException.class, () -> NhsNumber.of(raw));
  }

  @Test
  void idempotencyKeysArePrintableAndShort() {
    assertEquals("abc-123", IdempotencyKey.of(" abc-123 ").value());
    assertThrows(InvalidValueException.class, () -> IdempotencyKey.of(""));
    assertThrows(InvalidValueException.class, () -> IdempotencyKey.of("has space"));
    assertThrows(InvalidValueException.class, () -> IdempotencyKey.of("é"));
    assertThrows(InvalidValueException.class, () -> IdempotencyKey.of("x".repeat(101)));
  }

  @Test
  void tokensAreRandomUrlSafeAndStoredOnlyAsHashes() {
    var a = InvitationToken.generate();
    var b = InvitationToken.generate();
    assertNotEquals(a.value(), b.value());
    assertTrue(a.value().matches("[A-Za-z0-9_-]{32}"));
    assertEquals(64, a.hash().length());
    assertNotEquals(a.value(), a.hash());
    assertEquals(a.hash(), InvitationToken.parse(a.value()).orElseThrow().hash());
    assertTrue(InvitationToken.parse("../etc/passwd").isEmpty());
    assertTrue(CancelToken.parse(null).isEmpty());
  }
}
