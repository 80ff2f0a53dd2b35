package uk.practiceconnect.safety.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class IncidentValuesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void whatHappenedIsRequiredPlainTextOfAtMostTwoThousandCharacters() {
    assertEquals(
        "Line one.\nLine two.", IncidentDescription.of("  Line one.\nLine two.  ").value());
    assertEquals("Line one.\nLine two.", IncidentDescription.of("Line one.\r\nLine two.").value());
    assertEquals(2000, IncidentDescription.of("x\r\n".repeat(1000).strip() + "x").value().length());
    assertThrows(InvalidValueException.class, () -> IncidentDescription.of(" "));
    assertThrows(InvalidValueException.class, () -> IncidentDescription.of("too short"));
    assertEquals(2000, IncidentDescription.of("x".repeat(2000)).value().length());
    var tooLong =
        assertThrows(InvalidValueException.class, () -> IncidentDescription.of("x".repeat(2001)));
    assertTrue(tooLong.getMessage().contains("at most 2000"), tooLong.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> IncidentDescription.of("A reminder went \u202Eout twice to one patient"));
  }

  @Test
  void thePatientReferenceIsOptionalAndOneShortLine() {
    assertTrue(PatientReference.optional("  ").isEmpty());
    assertTrue(PatientReference.optional(null).isEmpty());
    assertEquals("EMIS 123", PatientReference.optional(" EMIS 123 ").orElseThrow().value());
    assertThrows(InvalidValueException.class, () -> PatientReference.optional("x".repeat(61)));
    assertThrows(InvalidValueException.class, () -> PatientReference.optional("EMIS\n123"));
  }

  @Test
  void theDateIsARealDateNotAfterToday() {
    assertEquals(TODAY, IncidentDate.parse("2026-12-02", TODAY));
    assertEquals(LocalDate.of(2025, 1, 31), IncidentDate.parse(" 2025-01-31 ", TODAY));
    assertThrows(InvalidValueException.class, () -> IncidentDate.parse("2026-12-03", TODAY));
    assertThrows(InvalidValueException.class, () -> IncidentDate.parse("2026-02-30", TODAY));
    assertThrows(InvalidValueException.class, () -> IncidentDate.parse("", TODAY));
  }
}
