package uk.practiceconnect.sandbox.emis.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientTest {

  static final LocalDate BORN = LocalDate.of(1980, 2, 29);

  static Patient patient(String surname) {
    return new Patient(
        1L,
        NhsNumber.of("9434765919"),
        new PatientDetails("Ms", "Anne", surname, BORN, "LS6 1AB", "07700900123", true));
  }

  @Test
  void matchesSurnameIgnoringCaseAccentsAndSpaces() {
    assertTrue(patient("Brontë").matches(BORN, "bronte"));
    assertTrue(patient("Núñez").matches(BORN, " NUNEZ "));
    assertTrue(patient("Ó Briain").matches(BORN, "o briain"));
    assertTrue(patient("Smith").matches(BORN, "Smith"));
  }

  @Test
  void doesNotMatchAnotherSurnameOrDateOfBirth() {
    assertFalse(patient("Smith").matches(BORN, "Smyth"));
    assertFalse(patient("Smith").matches(BORN.plusDays(1), "Smith"));
    assertFalse(patient("Smith").matches(BORN, null));
  }

  @Test
  void refusesDetailsWithoutSurnameOrWithABadMobile() {
    assertThrows(
        SandboxFailure.class, () -> new PatientDetails(null, "Anne", " ", BORN, null, null, false));
    assertThrows(
        SandboxFailure.class,
        () -> new PatientDetails(null, "Anne", "Smith", BORN, null, "call me", false));
  }
}
