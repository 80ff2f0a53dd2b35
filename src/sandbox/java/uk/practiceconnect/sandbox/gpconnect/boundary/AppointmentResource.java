package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.hl7.fhir.dstu3.model.Appointment;
import uk.practiceconnect.sandbox.gpconnect.control.AppointmentResources;
import uk.practiceconnect.sandbox.gpconnect.control.Appointments;
import uk.practiceconnect.sandbox.gpconnect.control.BookingRules;
import uk.practiceconnect.sandbox.gpconnect.control.ChangeRules;
import uk.practiceconnect.sandbox.gpconnect.control.IfMatch;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;

/**
 * Book ({@code POST Appointment}: 201 with the Appointment, its ETag and Location), read ({@code
 * GET Appointment/{id}}), and amend or cancel ({@code PUT Appointment/{id}} with {@code If-Match},
 * told apart by the interaction id) an appointment.
 */
@Path("{ods}/STU3/1/gpconnect/Appointment")
@RequestScoped
public class AppointmentResource {

  @Inject Gate gate;
  @Inject Appointments appointments;
  @Inject Clock clock;

  @PathParam("ods")
  String ods;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @HeaderParam("Prefer")
  String prefer;

  @POST
  public Response book(String body) {
    Gate.Admitted in = gate.admit(ods, headers, uri, Interaction.CREATE_APPOINTMENT);
    FhirMedia.checkContentType(headers);
    Provider provider = in.provider();
    BookingRules.Valid valid = BookingRules.check(provider, body, clock.instant());
    BookedAppointment booked = appointments.book(provider, valid, in.claims().requestingOds());
    Appointment fhir = AppointmentResources.appointment(provider, booked);
    return FhirResponses.created(
        fhir,
        uri.getAbsolutePathBuilder()
            .path(String.valueOf(booked.id()))
            .path("_history")
            .path(String.valueOf(booked.version()))
            .build(),
        FhirResponses.minimal(prefer));
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    Provider provider = gate.admit(ods, headers, uri, Interaction.READ_APPOINTMENT).provider();
    return FhirResponses.versioned(
        AppointmentResources.appointment(provider, appointments.require(provider, id)), false);
  }

  @PUT
  @Path("{id}")
  public Response change(@PathParam("id") String id, String body) {
    Gate.Admitted in = gate.admitChange(ods, headers, uri);
    FhirMedia.checkContentType(headers);
    Provider provider = in.provider();
    BookedAppointment stored = appointments.require(provider, id);
    int version = ifMatch(stored);
    Appointment current = AppointmentResources.appointment(provider, stored);
    BookedAppointment changed;
    if (in.interaction() == Interaction.CANCEL_APPOINTMENT) {
      String reason = ChangeRules.cancellationReason(body, id, current, stored, clock.instant());
      changed = appointments.cancel(provider, id, version, reason);
    } else {
      ChangeRules.Amendment amendment =
          ChangeRules.amendment(body, id, current, stored, clock.instant());
      changed = appointments.amend(provider, id, version, amendment);
    }
    return FhirResponses.versioned(
        AppointmentResources.appointment(provider, changed), FhirResponses.minimal(prefer));
  }

  private int ifMatch(BookedAppointment stored) {
    return IfMatch.version(headers.getHeaderString(HttpHeaders.IF_MATCH), stored.version());
  }
}
