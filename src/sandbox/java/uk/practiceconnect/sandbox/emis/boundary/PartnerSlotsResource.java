package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import uk.practiceconnect.sandbox.emis.control.AppointmentBook;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;

/** Partner face: GetSlots, the slots of a time range in one call (ours, not a legacy call). */
@Path("partner/v1/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerSlotsResource {

  @Inject PartnerResponder responder;
  @Inject AppointmentBook book;

  @GET
  public void slots(
      @HeaderParam(PartnerLogonResource.SESSION_HEADER) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("slotType") String slotType,
      @QueryParam("status") String status,
      @Suspended AsyncResponse async) {
    responder.inSession(
        async,
        PartnerCall.GET_SLOTS,
        token,
        session -> {
          Instant start = Params.instant("from", from);
          Instant end = Params.instant("to", to);
          Params.checkRange(start, end);
          return PartnerAnswers.ok(
              "slots",
              book.slots(
                  session.organisationId(),
                  start,
                  end,
                  Params.blankToNull(slotType),
                  Params.slotStatus(status)));
        });
  }
}
