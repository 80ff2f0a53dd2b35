package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.hl7.fhir.dstu3.model.Patient;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

class PatientRegisterTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final String NEW_NUMBER = "9993000019"; // valid check digit, not a fixed patient

  final Providers providers = new Providers();

  static PatientRegister.Details pat(LocalDate born) {
    return new PatientRegister.Details(null, "Pat", "Bench", null, born, null, "LS6 1AB");
  }

  @Test
  void aNewNumberIsRegisteredWithTheNextIdAndFoundByTheProvider() {
    PatientRegister.Registered done =
        providers.register(Providers.PARKSIDE, NEW_NUMBER, pat(LocalDate.of(1960, 1, 1)), TODAY);

    assertTrue(done.created());
    assertEquals("6", done.patient().id());
    Provider parkside = providers.require(Providers.PARKSIDE);
    assertEquals(6, parkside.patients().size());
    assertEquals("Pat Bench", parkside.patientByNhsNumber(NEW_NUMBER).orElseThrow().displayName());
    assertTrue(parkside.patient("6").isPresent());
    // the other provider's register is its own
    assertTrue(providers.require(Providers.MOORSIDE).patientByNhsNumber(NEW_NUMBER).isEmpty());
  }

  @Test
  void registeringTheSameNumberAgainReplacesThePatientAndKeepsItsId() {
    providers.register(Providers.PARKSIDE, NEW_NUMBER, pat(LocalDate.of(1960, 1, 1)), TODAY);
    PatientRegister.Registered again =
        providers.register(
            Providers.PARKSIDE,
            NEW_NUMBER,
            new PatientRegister.Details(
                "Dr",
                "Pat",
                "Bench-Smith",
                "female",
                LocalDate.of(1961, 2, 3),
                "07700 900123",
                null),
            TODAY);

    assertFalse(again.created());
    assertEquals("6", again.patient().id());
    TestPatient held =
        providers.require(Providers.PARKSIDE).patientByNhsNumber(NEW_NUMBER).orElseThrow();
    assertEquals("Bench-Smith", held.family());
    assertEquals("07700900123", held.mobile());
    assertEquals(6, providers.require(Providers.PARKSIDE).patients().size());
  }

  @Test
  void aResetForgetsTheAddedPatients() {
    providers.register(Providers.PARKSIDE, NEW_NUMBER, pat(LocalDate.of(1960, 1, 1)), TODAY);
    providers.forgetAddedPatients(Providers.PARKSIDE);
    assertEquals(5, providers.require(Providers.PARKSIDE).patients().size());
  }

  @Test
  void anAddedPatientIsAnsweredAsAFhirPatientWithoutAPrefix() {
    providers.register(Providers.PARKSIDE, NEW_NUMBER, pat(LocalDate.of(1960, 1, 1)), TODAY);
    Provider parkside = providers.require(Providers.PARKSIDE);
    Patient fhir =
        DirectoryResources.patient(parkside, parkside.patientByNhsNumber(NEW_NUMBER).orElseThrow());
    assertEquals("Bench", fhir.getNameFirstRep().getFamily());
    assertFalse(fhir.getNameFirstRep().hasPrefix());
    assertEquals("LS6 1AB", fhir.getAddressFirstRep().getPostalCode());
  }

  @Test
  void theFixedPatientsCannotBeChanged() {
    GpcFailure e =
        assertThrows(
            GpcFailure.class,
            () ->
                providers.register(
                    Providers.PARKSIDE, "9990000026", pat(LocalDate.of(1990, 3, 2)), TODAY));
    assertEquals(SpineError.DUPLICATE_REJECTED, e.error());
  }

  @Test
  void rejectsAnNhsNumberWithAWrongCheckDigit() {
    GpcFailure e =
        assertThrows(
            GpcFailure.class,
            () ->
                providers.register(
                    Providers.PARKSIDE, "9993000018", pat(LocalDate.of(1960, 1, 1)), TODAY));
    assertEquals(SpineError.INVALID_NHS_NUMBER, e.error());
  }

  @Test
  void rejectsMissingNamesAFutureBirthDateAnUnknownGenderAndANonMobileNumber() {
    assertBadRequest(new PatientRegister.Details(null, " ", "Bench", null, TODAY, null, null));
    assertBadRequest(new PatientRegister.Details(null, "Pat", null, null, TODAY, null, null));
    assertBadRequest(
        new PatientRegister.Details(null, "Pat", "Bench", null, TODAY.plusDays(1), null, null));
    assertBadRequest(new PatientRegister.Details(null, "Pat", "Bench", null, null, null, null));
    assertBadRequest(new PatientRegister.Details(null, "Pat", "Bench", "x", TODAY, null, null));
    assertBadRequest(
        new PatientRegister.Details(null, "Pat", "Bench", null, TODAY, "0113 496 0000", null));
    assertEquals(5, providers.require(Providers.PARKSIDE).patients().size());
  }

  @Test
  void anUnknownProviderIsNoRecordFound() {
    GpcFailure e =
        assertThrows(
            GpcFailure.class,
            () -> providers.register("B99999", NEW_NUMBER, pat(LocalDate.of(1960, 1, 1)), TODAY));
    assertEquals(SpineError.NO_RECORD_FOUND, e.error());
  }

  @Test
  void callsAreCountedByInteractionUntilCleared() {
    ProviderCalls calls = new ProviderCalls();
    calls.count(Providers.PARKSIDE, Interaction.SEARCH_SLOT);
    calls.count(Providers.PARKSIDE, Interaction.SEARCH_SLOT);
    calls.count(Providers.PARKSIDE, Interaction.CREATE_APPOINTMENT);
    calls.count(Providers.MOORSIDE, Interaction.SEARCH_PATIENT);

    assertEquals(2L, calls.of(Providers.PARKSIDE).get("SEARCH_SLOT"));
    assertEquals(1L, calls.of(Providers.PARKSIDE).get("CREATE_APPOINTMENT"));
    calls.clear(Providers.PARKSIDE);
    assertTrue(calls.of(Providers.PARKSIDE).isEmpty());
    assertEquals(1L, calls.of(Providers.MOORSIDE).get("SEARCH_PATIENT"));
    assertNull(calls.of(Providers.MOORSIDE).get("SEARCH_SLOT"));
  }

  private void assertBadRequest(PatientRegister.Details details) {
    GpcFailure e =
        assertThrows(
            GpcFailure.class,
            () -> providers.register(Providers.PARKSIDE, NEW_NUMBER, details, TODAY));
    assertEquals(SpineError.BAD_REQUEST, e.error(), e.diagnostics());
  }
}
