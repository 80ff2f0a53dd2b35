package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.reminders.control.StartAgain.PatientNumber;

class StartAgainTest {

  @Test
  void tenDigitsAreAnNhsNumberAndAnythingElseAMobile() {
    PatientNumber nhs = PatientNumber.read(" 943 476 5919 ");
    assertEquals("9434765919", nhs.nhs().orElseThrow().value());
    assertTrue(nhs.mobile().isEmpty());
    assertEquals("patient *** *** 5919", nhs.masked());

    PatientNumber mobile = PatientNumber.read("07700 900123");
    assertEquals("+447700900123", mobile.mobile().orElseThrow().value());
    assertTrue(mobile.nhs().isEmpty());
    assertEquals("the patient with mobile 07*** ***123", mobile.masked());
    assertEquals(mobile, PatientNumber.read("+44 (7700) 900-123"));
  }

  @Test
  void badNumbersGetAFieldMessageInPlainEnglish() {
    assertEquals(
        "Enter the patient's NHS number or mobile number", message(PatientNumber::read, "  "));
    assertEquals(
        "Enter the patient's NHS number or mobile number", message(PatientNumber::read, null));
    assertEquals(
        "That NHS number is not right: check the 10 digits",
        message(PatientNumber::read, "943 476 5918"));
    assertEquals(
        "Enter an NHS number (10 digits) or a UK mobile number, like 07700 900123",
        message(PatientNumber::read, "0161 496 0000"));
  }

  private static String message(java.util.function.Function<String, ?> read, String raw) {
    DomainException e = assertThrows(DomainException.class, () -> read.apply(raw));
    assertEquals(StartAgain.FIELD, e.errors().get(0).field());
    return e.errors().get(0).message();
  }
}
