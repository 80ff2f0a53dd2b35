package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import uk.practiceconnect.sandbox.emis.control.AppointmentBook;
import uk.practiceconnect.sandbox.emis.control.Patients;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;

/** Partner face: GetMatchedPatient and GetPatientAppointments. */
@Path("partner/v1/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPatientsResource {

  @Inject PartnerResponder responder;
  @Inject Patients patients;
  @Inject AppointmentBook book;
  @Inject Clock clock;

  @POST
  @Path("match")
  public void match(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      String body,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_MATCHED_PATIENT,
        token,
        session -> {
          JsonBody json = JsonBody.parse(body);
          NhsNumber nhs = NhsNumber.of(json.string("nhsNumber"));
          return PartnerAnswers.ok(
              "patient",
              patients.match(
                  session.organisationId(), nhs, json.date("dateOfBirth"), json.string("surname")));
        });
  }

  /** Booked appointments from {@code from} on (default: now). */
  @GET
  @Path("{nhsNumber}/appointments")
  public void appointments(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @PathParam("nhsNumber") String nhsNumber,
      @QueryParam("from") String from,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_PATIENT_APPOINTMENTS,
        token,
        session -> {
          NhsNumber nhs = NhsNumber.of(nhsNumber);
          Instant start =
              from == null || from.isBlank() ? clock.instant() : Params.instant("from", from);
          return PartnerAnswers.ok(
              "appointments", book.patientAppointments(session.organisationId(), nhs, start));
        });
  }
}
