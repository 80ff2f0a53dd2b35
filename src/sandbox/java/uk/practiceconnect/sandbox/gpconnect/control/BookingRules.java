package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Organization;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.BookingRequest;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SlotId;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The rules of "book an appointment" that need no database: the Appointment must be a booked
 * GPConnect-Appointment-1 with start, end, created, one or more adjacent slots of one schedule
 * whose span start and end equal exactly, in the future, a patient and a location participant
 * (every participant with an actor), and the booking organisation extension pointing at a contained
 * Organization with a name and a telephone number. A slot the practice has filled itself is
 * DUPLICATE_REJECTED (409), as a slot taken through GP Connect is (see {@code Appointments}).
 */
public final class BookingRules {

  private BookingRules() {}

  /** A valid request, with the diary slots it asks for. */
  public record Valid(BookingRequest request, List<DiarySlot> slots) {}

  public static Valid check(Provider provider, String body, Instant now) {
    Appointment a = AppointmentBodies.read(body);
    if (a.getStatus() != Appointment.AppointmentStatus.BOOKED) {
      throw AppointmentBodies.invalid("Appointment.status must be booked");
    }
    if (!a.hasStart() || !a.hasEnd()) {
      throw AppointmentBodies.invalid("Appointment.start and Appointment.end are required");
    }
    if (!a.hasCreated()) {
      throw AppointmentBodies.invalid("Appointment.created is required");
    }
    String patientId = participants(provider, a);
    Organization booking =
        AppointmentBodies.bookingOrganisation(a)
            .orElseThrow(
                () ->
                    AppointmentBodies.invalid(
                        "The booking organisation extension must reference a contained Organization"));
    if (!booking.hasName() || !booking.hasTelecom()) {
      throw AppointmentBodies.invalid("The booking organisation must have a name and a telecom");
    }
    checkLength("Appointment.description", a.getDescription(), BookedAppointment.MAX_DESCRIPTION);
    checkLength("Appointment.comment", a.getComment(), BookedAppointment.MAX_COMMENT);
    List<DiarySlot> slots = slots(provider, a);
    Instant start = a.getStart().toInstant();
    Instant end = a.getEnd().toInstant();
    if (!start.equals(slots.get(0).start()) || !end.equals(slots.get(slots.size() - 1).end())) {
      throw AppointmentBodies.invalid(
          "Appointment.start and end must equal the start of the first slot and the end of the last");
    }
    if (!start.isAfter(now)) {
      throw AppointmentBodies.invalid("Only future appointments can be booked");
    }
    for (DiarySlot slot : slots) {
      if (!slot.free()) {
        throw SpineError.DUPLICATE_REJECTED.failure("Slot/" + slot.id() + " is not free");
      }
    }
    Organization stored = booking.copy();
    stored.setIdElement(null);
    BookingRequest request =
        new BookingRequest(
            patientId,
            slots.stream().map(s -> s.id().value()).toList(),
            start,
            end,
            blankToNull(a.getDescription()),
            blankToNull(a.getComment()),
            Fhir.encode(stored),
            a.getCreated().toInstant());
    return new Valid(request, slots);
  }

  private static String participants(Provider provider, Appointment a) {
    String patient = null;
    boolean location = false;
    for (String actor : AppointmentBodies.actors(a)) {
      if (actor.isEmpty()) {
        throw AppointmentBodies.invalid("Every participant must have an actor reference");
      }
      if (actor.startsWith("Patient/")) {
        if (patient != null) {
          throw AppointmentBodies.invalid("An appointment has one patient participant");
        }
        patient = actor.substring("Patient/".length());
      } else if (actor.equals("Location/" + Provider.LOCATION_ID)) {
        location = true;
      } else if (actor.startsWith("Location/")) {
        throw SpineError.REFERENCE_NOT_FOUND.failure(
            "Reference to " + actor + ": no such location");
      } else if (!actor.startsWith("Practitioner/")) {
        throw AppointmentBodies.invalid(
            "Participant actor " + actor + " is not a Patient, Location or Practitioner");
      }
    }
    if (patient == null) {
      throw AppointmentBodies.invalid("A patient participant is required");
    }
    if (!location) {
      throw AppointmentBodies.invalid("A location participant is required");
    }
    String id = patient;
    provider
        .patient(id)
        .orElseThrow(
            () ->
                SpineError.REFERENCE_NOT_FOUND.failure(
                    "Reference to Patient/" + id + ": no such patient"));
    return id;
  }

  private static List<DiarySlot> slots(Provider provider, Appointment a) {
    List<String> refs = AppointmentBodies.slots(a);
    if (refs.isEmpty()) {
      throw AppointmentBodies.invalid("Appointment.slot must reference one or more free slots");
    }
    List<DiarySlot> slots = new ArrayList<>();
    for (String ref : refs) {
      String id = ref.startsWith("Slot/") ? ref.substring("Slot/".length()) : null;
      DiarySlot slot =
          SlotId.parse(id)
              .flatMap(slotId -> Diary.slot(provider, slotId))
              .orElseThrow(
                  () ->
                      SpineError.REFERENCE_NOT_FOUND.failure(
                          "Reference to " + ref + ": no such slot"));
      slots.add(slot);
    }
    slots.sort(java.util.Comparator.comparing(DiarySlot::start));
    for (int i = 1; i < slots.size(); i++) {
      DiarySlot before = slots.get(i - 1);
      DiarySlot slot = slots.get(i);
      if (!slot.schedule().id().equals(before.schedule().id())
          || !slot.start().equals(before.end())) {
        throw AppointmentBodies.invalid(
            "Slots booked together must be adjacent slots of one schedule");
      }
    }
    return slots;
  }

  private static void checkLength(String what, String value, int max) {
    if (value != null && value.length() > max) {
      throw AppointmentBodies.invalid(what + " must be at most " + max + " characters");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
