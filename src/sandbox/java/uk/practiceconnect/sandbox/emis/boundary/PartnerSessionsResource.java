package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import uk.practiceconnect.sandbox.emis.control.AppointmentBook;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;

/** Partner face: GetAppointmentSessions and GetSlotsForSession. */
@Path("partner/v1/appointment-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerSessionsResource {

  @Inject PartnerResponder responder;
  @Inject AppointmentBook book;

  @GET
  public void sessions(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("slotType") String slotType,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_APPOINTMENT_SESSIONS,
        token,
        session -> {
          LocalDate first = Params.date("from", from);
          LocalDate last = Params.date("to", to);
          Params.checkRange(first, last);
          return PartnerAnswers.ok(
              "sessions",
              book.sessions(session.organisationId(), first, last, Params.blankToNull(slotType)));
        });
  }

  @GET
  @Path("{sessionId}/slots")
  public void slotsForSession(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @PathParam("sessionId") String sessionId,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_SLOTS_FOR_SESSION,
        token,
        session ->
            PartnerAnswers.ok("slots", book.slotsForSession(session.organisationId(), sessionId)));
  }
}
