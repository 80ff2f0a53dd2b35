package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.Duration;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Extension;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.StringType;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.Clinician;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySchedule;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * A booked appointment as GPConnect-Appointment-1: the booking organisation contained and
 * referenced by its extension, the clinician's role and the delivery channel, the slot type and
 * session name (1.2.7), the slots it holds and its participants (patient, location, practitioner).
 * Never {@code reason} or {@code specialty}.
 */
public final class AppointmentResources {

  private AppointmentResources() {}

  public static Appointment appointment(Provider provider, BookedAppointment a) {
    DiarySchedule schedule = provider.schedule(a.scheduleId()).orElseThrow();
    Clinician clinician = provider.clinician(schedule.clinicianId()).orElseThrow();
    Appointment fhir = new Appointment();
    fhir.setId(String.valueOf(a.id()));
    fhir.getMeta()
        .setVersionId(String.valueOf(a.version()))
        .setLastUpdatedElement(FhirTime.lastUpdated(a.lastUpdated()))
        .addProfile(Profiles.APPOINTMENT);
    Organization booking =
        Fhir.parse(
            Organization.class,
            a.bookingOrganization(),
            SpineError.INTERNAL_SERVER_ERROR,
            "The stored booking organisation");
    booking.setId("1");
    fhir.addContained(booking);
    fhir.addExtension(new Extension(Profiles.EXT_BOOKING_ORGANISATION, new Reference("#1")));
    if (a.cancellationReason() != null) {
      fhir.addExtension(
          new Extension(Profiles.EXT_CANCELLATION_REASON, new StringType(a.cancellationReason())));
    }
    fhir.addExtension(
        new Extension(Profiles.EXT_PRACTITIONER_ROLE, DirectoryResources.role(clinician)));
    fhir.addExtension(
        new Extension(Profiles.EXT_DELIVERY_CHANNEL, new CodeType(schedule.deliveryChannel())));
    fhir.setStatus(
        a.status() == uk.practiceconnect.sandbox.gpconnect.entity.AppointmentStatus.CANCELLED
            ? Appointment.AppointmentStatus.CANCELLED
            : Appointment.AppointmentStatus.BOOKED);
    fhir.setServiceCategory(new CodeableConcept().setText(schedule.sessionName()));
    fhir.addServiceType(new CodeableConcept().setText(schedule.slotType()));
    fhir.setDescription(a.description());
    fhir.setStartElement(FhirTime.instant(a.start()));
    fhir.setEndElement(FhirTime.instant(a.end()));
    fhir.setMinutesDuration((int) Duration.between(a.start(), a.end()).toMinutes());
    a.slotIds().forEach(id -> fhir.addSlot(new Reference("Slot/" + id)));
    if (a.created() != null) {
      fhir.setCreated(FhirTime.date(a.created()));
      fhir.getCreatedElement().setTimeZone(java.util.TimeZone.getTimeZone("Europe/London"));
    }
    fhir.setComment(a.comment());
    TestPatient patient = provider.patient(a.patientId()).orElse(null);
    fhir.addParticipant(
        participant(
            new Reference("Patient/" + a.patientId())
                .setDisplay(patient == null ? null : patient.displayName())));
    fhir.addParticipant(
        participant(new Reference("Location/" + Provider.LOCATION_ID).setDisplay(provider.name())));
    fhir.addParticipant(
        participant(
            new Reference("Practitioner/" + clinician.id()).setDisplay(clinician.displayName())));
    return fhir;
  }

  private static Appointment.AppointmentParticipantComponent participant(Reference actor) {
    return new Appointment.AppointmentParticipantComponent()
        .setActor(actor)
        .setStatus(Appointment.ParticipationStatus.ACCEPTED);
  }
}
