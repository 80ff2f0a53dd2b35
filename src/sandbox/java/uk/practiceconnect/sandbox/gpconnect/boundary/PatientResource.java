package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.hl7.fhir.dstu3.model.Bundle;
import uk.practiceconnect.sandbox.gpconnect.control.AppointmentResources;
import uk.practiceconnect.sandbox.gpconnect.control.Appointments;
import uk.practiceconnect.sandbox.gpconnect.control.Diary;
import uk.practiceconnect.sandbox.gpconnect.control.DirectoryResources;
import uk.practiceconnect.sandbox.gpconnect.control.Profiles;
import uk.practiceconnect.sandbox.gpconnect.control.SearchRanges;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.NhsNumbers;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * Find a patient ({@code GET Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|…}: a searchset,
 * empty when no registered patient has the number), read a patient, and retrieve a patient's
 * appointments ({@code GET Patient/{id}/Appointment?start=ge…&start=le…}, cancelled ones too).
 */
@Path("{ods}/STU3/1/gpconnect/Patient")
@RequestScoped
public class PatientResource {

  @Inject Gate gate;
  @Inject Appointments appointments;
  @Inject Clock clock;

  @PathParam("ods")
  String ods;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  public Response find() {
    Provider provider = gate.admit(ods, headers, uri, Interaction.SEARCH_PATIENT).provider();
    String nhs =
        Identifiers.value(uri.getQueryParameters().get("identifier"), Profiles.NHS_NUMBER_SYSTEM);
    if (!NhsNumbers.isValid(nhs)) {
      throw SpineError.INVALID_NHS_NUMBER.failure(
          "The NHS number is not valid (10 digits with a check digit)");
    }
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    provider
        .patientByNhsNumber(nhs)
        .ifPresent(p -> bundle.addEntry().setResource(DirectoryResources.patient(provider, p)));
    bundle.setTotal(bundle.getEntry().size());
    return FhirResponses.searchset(bundle);
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    Provider provider = gate.admit(ods, headers, uri, Interaction.READ_PATIENT).provider();
    return FhirResponses.versioned(
        DirectoryResources.patient(provider, patient(provider, id)), false);
  }

  @GET
  @Path("{id}/Appointment")
  public Response appointments(@PathParam("id") String id) {
    Provider provider =
        gate.admit(ods, headers, uri, Interaction.SEARCH_PATIENT_APPOINTMENTS).provider();
    TestPatient patient = patient(provider, id);
    SearchRanges.Range range =
        SearchRanges.patientAppointments(
            uri.getQueryParameters().get("start"), LocalDate.now(clock.withZone(Diary.UK)));
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    appointments.forPatient(provider, patient.id(), range.from(), range.to()).stream()
        .map(a -> AppointmentResources.appointment(provider, a))
        .forEach(a -> bundle.addEntry().setResource(a));
    bundle.setTotal(bundle.getEntry().size());
    return FhirResponses.searchset(bundle);
  }

  private static TestPatient patient(Provider provider, String id) {
    return provider
        .patient(id)
        .orElseThrow(() -> SpineError.PATIENT_NOT_FOUND.failure("No patient with id " + id));
  }
}
