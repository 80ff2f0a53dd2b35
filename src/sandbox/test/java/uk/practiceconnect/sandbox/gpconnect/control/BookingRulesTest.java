package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Reference;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class BookingRulesTest {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final List<DiarySlot> DAY = GpcFixtures.freeSlots(LocalDate.of(2026, 12, 7));
  static final DiarySlot FREE = DAY.stream().filter(DiarySlot::free).findFirst().orElseThrow();

  @Test
  void aBookingOfAFreeSlotReadsAsItsRequest() {
    BookingRules.Valid valid = check(GpcFixtures.booking(List.of(FREE)));
    assertEquals("1", valid.request().patientId());
    assertEquals(List.of(FREE.id().value()), valid.request().slotIds());
    assertEquals(FREE.start(), valid.request().start());
    assertTrue(valid.request().bookingOrganizationJson().contains("Riverside Surgery"));
  }

  @Test
  void adjacentSlotsOfOneScheduleMakeOneLongerAppointment() {
    for (int i = 1; i < DAY.size(); i++) {
      DiarySlot a = DAY.get(i - 1);
      DiarySlot b = DAY.get(i);
      if (a.free() && b.free() && a.end().equals(b.start())) {
        assertEquals(2, check(GpcFixtures.booking(List.of(a, b))).request().slotIds().size());
        return;
      }
    }
  }

  @Test
  void aSlotThePracticeFilledIsADuplicate() {
    DiarySlot filled = DAY.stream().filter(s -> !s.free()).findFirst().orElseThrow();
    assertRefused(SpineError.DUPLICATE_REJECTED, GpcFixtures.booking(List.of(filled)));
  }

  @Test
  void startAndEndMustBeTheSlotsOwn() {
    Appointment a = GpcFixtures.booking(List.of(FREE));
    a.setStartElement(FhirTime.instant(FREE.start().plusSeconds(300)));
    assertRefused(SpineError.INVALID_RESOURCE, a);
  }

  @Test
  void anUnknownSlotOrPatientIsAReferenceNotFound() {
    refused(
        SpineError.REFERENCE_NOT_FOUND,
        a -> a.getSlot().get(0).setReference("Slot/20261207-1-0905"));
    refused(
        SpineError.REFERENCE_NOT_FOUND,
        a -> a.getParticipant().get(0).setActor(new Reference("Patient/99")));
  }

  @Test
  void theSpecificationsMandatoryElementsAreRequired() {
    refused(SpineError.INVALID_RESOURCE, a -> a.getExtension().clear());
    refused(SpineError.INVALID_RESOURCE, a -> a.getParticipant().remove(1));
    refused(SpineError.INVALID_RESOURCE, a -> a.setCreated(null));
    refused(SpineError.INVALID_RESOURCE, a -> a.setStatus(Appointment.AppointmentStatus.PENDING));
    refused(SpineError.INVALID_RESOURCE, a -> a.getMeta().getProfile().clear());
    refused(
        SpineError.INVALID_RESOURCE,
        a -> a.setReason(List.of(new CodeableConcept().setText("cough"))));
  }

  @Test
  void onlyFutureAppointmentsCanBeBooked() {
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () ->
                BookingRules.check(
                    Providers.parkside(),
                    Fhir.encode(GpcFixtures.booking(List.of(FREE))),
                    FREE.start().plusSeconds(1)));
    assertEquals(SpineError.INVALID_RESOURCE, f.error());
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () -> BookingRules.check(Providers.parkside(), "<Appointment/>", NOW));
    assertEquals(SpineError.BAD_REQUEST, f.error());
    GpcFailure g =
        assertThrows(
            GpcFailure.class,
            () -> BookingRules.check(Providers.parkside(), "{\"resourceType\":\"Patient\"}", NOW));
    assertEquals(SpineError.INVALID_RESOURCE, g.error());
  }

  private static void refused(SpineError error, Consumer<Appointment> spoil) {
    Appointment a = GpcFixtures.booking(List.of(FREE));
    spoil.accept(a);
    assertRefused(error, a);
  }

  private static void assertRefused(SpineError error, Appointment a) {
    GpcFailure f = assertThrows(GpcFailure.class, () -> check(a));
    assertEquals(error, f.error(), f.diagnostics());
  }

  private static BookingRules.Valid check(Appointment a) {
    return BookingRules.check(Providers.parkside(), Fhir.encode(a), NOW);
  }
}
