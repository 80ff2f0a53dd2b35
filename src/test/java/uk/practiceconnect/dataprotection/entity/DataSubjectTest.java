package uk.practiceconnect.dataprotection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;

class DataSubjectTest {

  @Test
  void readsAnNhsNumberWithSpacesOrAMobileInAnyUkForm() {
    assertEquals(
        "9434765919", DataSubject.parse("943 476 5919", null).nhsNumber().orElseThrow().value());
    assertEquals(
        "+447700900123", DataSubject.parse("", "07700 900123").mobile().orElseThrow().value());
    assertEquals(
        "+447700900123", DataSubject.parse(null, "+44 7700 900123").mobile().orElseThrow().value());
  }

  @Test
  void rejectsAWrongCheckDigitNamingTheField() {
    assertEquals(
        List.of(
            new FieldError(
                "nhsNumber", "This is not a valid NHS number: check it for a mistyped digit")),
        errors("9434765918", null));
  }

  @Test
  void rejectsNeitherAndBoth() {
    assertEquals("nhsNumber", errors(null, " ").get(0).field());
    assertEquals("mobile", errors("9434765919", "07700900123").get(0).field());
    assertEquals("mobile", errors(null, "01132 123456").get(0).field(), "a landline");
  }

  @Test
  void aReferenceNamesThePatientByNumberOrEmisNumberAsAWholeWord() {
    DataSubject nhs = DataSubject.of(new NhsNumber("9434765919"));
    assertTrue(nhs.isNamedBy("NHS 943 476 5919", Set.of()));
    assertTrue(nhs.isNamedBy("943-476-5919", Set.of()));
    assertTrue(nhs.isNamedBy("EMIS 123456", Set.of("123456")));
    assertFalse(nhs.isNamedBy("EMIS 1234567", Set.of("123456")), "another EMIS number");
    assertFalse(nhs.isNamedBy("94347659190", Set.of()), "a longer number");
    assertFalse(nhs.isNamedBy(null, Set.of()));
    DataSubject mobile = DataSubject.of(MobileNumber.of("07700900123"));
    assertTrue(mobile.isNamedBy("texts to 07700 900123", Set.of()));
    assertTrue(mobile.isNamedBy("+44 7700 900123", Set.of()));
    assertFalse(mobile.isNamedBy("07700 900124", Set.of()));
  }

  @Test
  void theReasonAndWhoDecidedAreRequiredOneLineAndHoldNoNumberThatCouldIdentify() {
    assertEquals(
        List.of("nhsNumber", "reason", "decidedBy"),
        erasureErrors(null, null, " ", null).stream().map(FieldError::field).toList());
    assertEquals(
        "reason",
        erasureErrors("9434765919", null, "Patient 943 476 5919 asked", "Dr Lee").get(0).field());
    assertEquals(
        "decidedBy",
        erasureErrors("9434765919", null, "Asked", "Dr Lee 07700900123").get(0).field());
    assertEquals(
        "reason", erasureErrors("9434765919", null, "line\nbreak", "Dr Lee").get(0).field());
    assertEquals(
        "reason", erasureErrors("9434765919", null, "x".repeat(301), "Dr Lee").get(0).field());
    ErasureRequest ok =
        ErasureRequest.parse("9434765919", null, "  Asked on 3 March 2027 ", "Dr Lee");
    assertEquals("Asked on 3 March 2027", ok.decision().reason());
  }

  private static List<FieldError> errors(String nhs, String mobile) {
    DomainException e = assertThrows(DomainException.class, () -> DataSubject.parse(nhs, mobile));
    assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    return e.errors();
  }

  private static List<FieldError> erasureErrors(
      String nhs, String mobile, String reason, String by) {
    return assertThrows(DomainException.class, () -> ErasureRequest.parse(nhs, mobile, reason, by))
        .errors();
  }
}
