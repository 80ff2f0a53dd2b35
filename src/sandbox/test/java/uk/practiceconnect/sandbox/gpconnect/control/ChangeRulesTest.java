package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.StringType;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.AppointmentStatus;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class ChangeRulesTest {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final DiarySlot SLOT =
      GpcFixtures.freeSlots(LocalDate.of(2026, 12, 7)).stream()
          .filter(DiarySlot::free)
          .findFirst()
          .orElseThrow();

  @Test
  void aCancellationChangesTheStatusAndGivesAReason() {
    assertEquals(
        "Feeling better",
        ChangeRules.cancellationReason(cancelled("Feeling better"), "7", current(), stored(), NOW));
  }

  @Test
  void aCancellationThatChangesAnythingElseIsInvalid() {
    refusedCancel(SpineError.INVALID_RESOURCE, a -> a.setDescription("RANDOM DESCRIPTION"));
    refusedCancel(
        SpineError.INVALID_RESOURCE,
        a -> a.addParticipant().setActor(new Reference("Practitioner/2")));
    refusedCancel(
        SpineError.INVALID_RESOURCE,
        a -> a.setStartElement(FhirTime.instant(SLOT.start().plusSeconds(900))));
    refusedCancel(SpineError.BAD_REQUEST, a -> a.setId("8"));
  }

  @Test
  void aCancellationWithoutAReasonIsAnInvalidParameter() {
    Appointment a = AppointmentResources.appointment(Providers.parkside(), stored());
    a.setStatus(Appointment.AppointmentStatus.CANCELLED);
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () -> ChangeRules.cancellationReason(Fhir.encode(a), "7", current(), stored(), NOW));
    assertEquals(SpineError.INVALID_PARAMETER, f.error());
  }

  @Test
  void anAmendmentChangesDescriptionAndCommentOnly() {
    Appointment a = current();
    a.setDescription("Needs a longer appointment");
    a.setComment("Wheelchair user");
    ChangeRules.Amendment amendment =
        ChangeRules.amendment(Fhir.encode(a), "7", current(), stored(), NOW);
    assertEquals(
        new ChangeRules.Amendment("Needs a longer appointment", "Wheelchair user"), amendment);
    a.getSlot().clear();
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () -> ChangeRules.amendment(Fhir.encode(a), "7", current(), stored(), NOW));
    assertEquals(SpineError.INVALID_RESOURCE, f.error());
  }

  @Test
  void pastAppointmentsCannotBeChanged() {
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () ->
                ChangeRules.amendment(
                    Fhir.encode(current()), "7", current(), stored(), SLOT.start()));
    assertEquals(SpineError.INVALID_RESOURCE, f.error());
  }

  private static void refusedCancel(SpineError error, Consumer<Appointment> spoil) {
    Appointment a =
        Fhir.parse(Appointment.class, cancelled("Moved away"), SpineError.BAD_REQUEST, "x");
    spoil.accept(a);
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () -> ChangeRules.cancellationReason(Fhir.encode(a), "7", current(), stored(), NOW));
    assertEquals(error, f.error(), f.diagnostics());
  }

  private static String cancelled(String reason) {
    Appointment a = current();
    a.setStatus(Appointment.AppointmentStatus.CANCELLED);
    a.addExtension(new Extension(Profiles.EXT_CANCELLATION_REASON, new StringType(reason)));
    return Fhir.encode(a);
  }

  static Appointment current() {
    return AppointmentResources.appointment(Providers.parkside(), stored());
  }

  /** Appointment 7, booked in {@link #SLOT}, version 1 (its id set as JPA would). */
  static BookedAppointment stored() {
    BookingRules.Valid valid =
        BookingRules.check(
            Providers.parkside(), Fhir.encode(GpcFixtures.booking(List.of(SLOT))), NOW);
    BookedAppointment a = new BookedAppointment("A81003", valid.request(), "1", "A81001", NOW);
    try {
      Field id = BookedAppointment.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(a, 7L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    assertEquals(AppointmentStatus.BOOKED, a.status());
    return a;
  }
}
