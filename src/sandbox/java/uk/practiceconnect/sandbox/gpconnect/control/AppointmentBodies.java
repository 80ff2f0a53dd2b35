package uk.practiceconnect.sandbox.gpconnect.control;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/** Reading an Appointment a consumer sent, and the checks every such body must pass. */
final class AppointmentBodies {

  private AppointmentBodies() {}

  /**
   * The body as an Appointment: not JSON is BAD_REQUEST (400); JSON that is not a GP Connect
   * Appointment, or one with {@code reason} (which GP Connect forbids), is INVALID_RESOURCE (422).
   */
  static Appointment read(String body) {
    if (body == null || body.isBlank()) {
      throw SpineError.BAD_REQUEST.failure("The request has no body: an Appointment is required");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw SpineError.BAD_REQUEST.failure("The request body is not a JSON object");
    }
    Appointment appointment =
        Fhir.parse(Appointment.class, body, SpineError.INVALID_RESOURCE, "The request body");
    if (appointment.getMeta().getProfile().stream()
        .noneMatch(p -> Profiles.APPOINTMENT.equals(p.getValue()))) {
      throw invalid("Appointment.meta.profile must name " + Profiles.APPOINTMENT);
    }
    if (appointment.hasReason()) {
      throw invalid(
          "Appointment.reason must not be sent: GP Connect does not carry clinical reasons");
    }
    return appointment;
  }

  /** The contained Organization the booking organisation extension points at, if there is one. */
  static Optional<Organization> bookingOrganisation(Appointment appointment) {
    List<Extension> extensions = appointment.getExtensionsByUrl(Profiles.EXT_BOOKING_ORGANISATION);
    if (extensions.size() != 1 || !(extensions.get(0).getValue() instanceof Reference ref)) {
      return Optional.empty();
    }
    String target = ref.getReference();
    if (target == null || !target.startsWith("#")) {
      // HAPI resolves a local reference on parsing: the resource then sits in the reference
      return ref.getResource() instanceof Organization org ? Optional.of(org) : Optional.empty();
    }
    for (Resource contained : appointment.getContained()) {
      if (contained instanceof Organization org
          && target.substring(1).equals(org.getIdElement().getIdPart())) {
        return Optional.of(org);
      }
    }
    return Optional.empty();
  }

  /** The references of the appointment's participants' actors, as sent. */
  static List<String> actors(Appointment appointment) {
    return appointment.getParticipant().stream()
        .map(p -> p.getActor().getReference())
        .map(r -> r == null ? "" : r)
        .sorted()
        .toList();
  }

  static List<String> slots(Appointment appointment) {
    return appointment.getSlot().stream()
        .map(Reference::getReference)
        .map(r -> r == null ? "" : r)
        .toList();
  }

  static Optional<String> cancellationReason(Appointment appointment) {
    return appointment.getExtensionsByUrl(Profiles.EXT_CANCELLATION_REASON).stream()
        .map(Extension::getValue)
        .filter(v -> v != null && v.isPrimitive())
        .map(v -> v.primitiveValue())
        .findFirst();
  }

  static GpcFailure invalid(String diagnostics) {
    return SpineError.INVALID_RESOURCE.failure(diagnostics);
  }
}
