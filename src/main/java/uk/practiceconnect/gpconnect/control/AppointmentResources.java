package uk.practiceconnect.gpconnect.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.dstu3.model.Appointment.ParticipationStatus;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.StringType;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.ProviderDateTime;
import uk.practiceconnect.gpconnect.entity.ResourceRef;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The GPConnect-Appointment-1 resources the consumer writes (a booking, a cancellation) and reads
 * (1.2.7, "Book an appointment", "Cancel an appointment").
 */
final class AppointmentResources {

  static final String APPOINTMENT_PROFILE =
      "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1";
  static final String ORGANISATION_PROFILE =
      "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1";
  static final String BOOKING_ORGANISATION =
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1";
  static final String CANCELLATION_REASON =
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1";

  /** The limits consumers must impose (providers store at least this much, never truncated). */
  static final int DESCRIPTION_MAX = 100;

  static final int COMMENT_MAX = 500;

  private AppointmentResources() {}

  /**
   * A booking of one free slot: its exact start and end, the slot, the patient and the slot's
   * location (and practitioner when known) as participants, us as the contained booking
   * organisation, and when it was created. Description and comment must not carry clinical
   * information (1.2.7); {@code reason} is never sent.
   */
  static Appointment booking(
      GpConnectSlot slot,
      GpConnectPatient patient,
      String description,
      String comment,
      ConsumerIdentity.Organisation us,
      Instant now) {
    Text.required(description, "Enter a short description of the appointment");
    Text.maxLength(description.strip(), DESCRIPTION_MAX, "The appointment's description");
    if (comment != null) {
      Text.maxLength(comment.strip(), COMMENT_MAX, "The appointment's comment");
    }
    if (!slot.start().instant().isAfter(now)) {
      throw new InvalidValueException("That slot has already started: choose a later one");
    }
    Appointment appointment = new Appointment();
    appointment.getMeta().addProfile(APPOINTMENT_PROFILE);
    appointment.addContained(bookingOrganisation(us));
    appointment.addExtension(BOOKING_ORGANISATION, new Reference("#1"));
    appointment.setStatus(Appointment.AppointmentStatus.BOOKED);
    appointment.setDescription(description.strip());
    appointment.getStartElement().setValueAsString(slot.start().wire());
    appointment.getEndElement().setValueAsString(slot.end().wire());
    appointment.addSlot(new Reference("Slot/" + slot.slotId()));
    appointment.getCreatedElement().setValueAsString(ProviderDateTime.ofInstant(now).wire());
    if (comment != null && !comment.isBlank()) {
      appointment.setComment(comment.strip());
    }
    participant(appointment, "Patient/" + patient.logicalId());
    participant(appointment, slot.location().reference());
    slot.practitionerIfAny().ifPresent(p -> participant(appointment, p.reference()));
    return appointment;
  }

  private static Organization bookingOrganisation(ConsumerIdentity.Organisation us) {
    Organization organisation = new Organization();
    organisation.setId("1");
    organisation.getMeta().addProfile(ORGANISATION_PROFILE);
    organisation.addIdentifier(
        new Identifier().setSystem(AccessToken.ODS_SYSTEM).setValue(us.odsCode()));
    organisation.addType(
        new CodeableConcept(
            new Coding().setSystem(FreeSlots.ORGANISATION_TYPE_SYSTEM).setCode(us.type())));
    organisation.setName(us.name());
    organisation.addTelecom(
        new ContactPoint()
            .setSystem(ContactPoint.ContactPointSystem.PHONE)
            .setValue(us.telephone()));
    return organisation;
  }

  private static void participant(Appointment appointment, String reference) {
    appointment.addParticipant(
        new AppointmentParticipantComponent()
            .setActor(new Reference(reference))
            .setStatus(ParticipationStatus.ACCEPTED));
  }

  /**
   * The appointment as read, changed only where a cancellation may change it (the specification
   * refuses any other difference): status cancelled and the cancellation reason.
   */
  static Appointment cancelled(Appointment current, String reason) {
    Text.required(reason, "Enter why the appointment is cancelled");
    current.setStatus(Appointment.AppointmentStatus.CANCELLED);
    current.getExtension().removeIf(e -> CANCELLATION_REASON.equals(e.getUrl()));
    current.addExtension(CANCELLATION_REASON, new StringType(reason.strip()));
    return current;
  }

  /** What {@code If-Match} must quote: the {@code ETag} of the read, else its version id. */
  static String version(Appointment appointment, Optional<String> etag) {
    return etag.orElseGet(() -> "W/\"" + versionId(appointment) + "\"");
  }

  static GpConnectAppointment read(Appointment appointment) {
    ResourceRef location = null;
    ResourceRef practitioner = null;
    String patientId = null;
    for (AppointmentParticipantComponent participant : appointment.getParticipant()) {
      Reference actor = participant.getActor();
      String type = actor.getReferenceElement().getResourceType();
      ResourceRef ref = new ResourceRef(FreeSlots.key(actor), actor.getDisplay());
      if ("Patient".equals(type)) {
        patientId = ref.id();
      } else if ("Location".equals(type) && location == null) {
        location = ref;
      } else if ("Practitioner".equals(type) && practitioner == null) {
        practitioner = ref;
      }
    }
    List<String> slotIds =
        appointment.getSlot().stream().map(s -> s.getReferenceElement().getIdPart()).toList();
    return new GpConnectAppointment(
        appointment.getIdElement().getIdPart(),
        versionId(appointment),
        appointment.hasStatus() ? appointment.getStatus().toCode() : null,
        ProviderDateTime.parse(appointment.getStartElement().getValueAsString()),
        ProviderDateTime.parse(appointment.getEndElement().getValueAsString()),
        slotIds,
        patientId,
        location,
        practitioner,
        FhirText.firstText(appointment.getServiceType()),
        FhirText.text(appointment.getServiceCategory()),
        appointment.getDescription(),
        appointment.getComment(),
        appointment.hasCreated() ? appointment.getCreated().toInstant() : null,
        FhirText.extensionCode(appointment, CANCELLATION_REASON));
  }

  private static String versionId(Appointment appointment) {
    if (appointment.getMeta().hasVersionId()) {
      return appointment.getMeta().getVersionId();
    }
    return appointment.getIdElement().getVersionIdPart();
  }
}
