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
import java.time.Instant;
import java.util.Locale;
import uk.practiceconnect.sandbox.emis.control.AppointmentBook;
import uk.practiceconnect.sandbox.emis.control.Bookings;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/** Partner face: GetBookedAppointments, BookAppointment and SetAppointmentStatus. */
@Path("partner/v1/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAppointmentsResource {

  @Inject PartnerResponder responder;
  @Inject AppointmentBook book;
  @Inject Bookings bookings;

  @GET
  public void booked(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_BOOKED_APPOINTMENTS,
        token,
        session -> {
          Instant start = Params.instant("from", from);
          Instant end = Params.instant("to", to);
          Params.checkRange(start, end);
          return PartnerAnswers.ok(
              "appointments", book.bookedAppointments(session.organisationId(), start, end));
        });
  }

  /** {@code slotId "0"} answers 15 while the call is active: a harmless probe of the call. */
  @POST
  public void book(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      String body,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.BOOK_APPOINTMENT,
        token,
        session -> {
          JsonBody json = JsonBody.parse(body);
          String slotId = json.string("slotId");
          NhsNumber nhs = NhsNumber.of(json.string("nhsNumber"));
          return PartnerAnswers.ok(
              201,
              "appointment",
              bookings.book(
                  session.organisationId(),
                  slotId,
                  nhs,
                  json.optionalString("reason"),
                  Bookings.Actor.PARTNER));
        });
  }

  @POST
  @Path("{appointmentId}/status")
  public void setStatus(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @PathParam("appointmentId") String appointmentId,
      String body,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.SET_APPOINTMENT_STATUS,
        token,
        session -> {
          JsonBody json = JsonBody.parse(body);
          String status = json.string("status");
          if (!"CANCELLED".equals(status.strip().toUpperCase(Locale.ROOT))) {
            throw SandboxFailure.badRequest("status must be CANCELLED (the only change allowed)");
          }
          return PartnerAnswers.ok(
              "appointment",
              bookings.cancel(
                  session.organisationId(),
                  appointmentId,
                  json.optionalString("reason"),
                  Bookings.Actor.PARTNER));
        });
  }
}
