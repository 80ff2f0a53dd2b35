package uk.practiceconnect.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.practiceconnect.booking.boundary.BookingJson.SettingsJson;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.entity.BookingSettingsView;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.web.IfMatch;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/**
 * A practice's online booking rules. PUT replaces them; {@code If-Match} guards against overwrites.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/booking-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingSettingsResource {

  @Inject Practices practices;
  @Inject BookingSettingsService settings;
  @Inject CurrentCaller caller;

  @GET
  public Response get(@PathParam("odsCode") String ods) {
    return respond(settings.view(practices.readable(caller.get(), ods)));
  }

  @PUT
  public Response put(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SettingsJson body) {
    var practice = practices.writable(caller.get(), ods);
    if (body == null) {
      throw new DomainException(ErrorCode.MALFORMED_REQUEST, "Send the settings as JSON");
    }
    var in =
        new BookingSettingsService.Input(
            body.enabled(),
            body.openBooking(),
            body.weeksAhead(),
            body.minimumNoticeMinutes(),
            body.maxFutureBookings(),
            body.cancelCutoffMinutes(),
            body.showClinician(),
            body.slotTypes() == null
                ? List.of()
                : body.slotTypes().stream()
                    .map(
                        t ->
                            t == null
                                ? null
                                : new BookingSettingsService.TypeInput(
                                    t.name(), t.bookable(), t.clinicians()))
                    .toList());
    return respond(settings.change(caller.get(), practice, in, IfMatch.expectedVersion(ifMatch)));
  }

  @POST
  @Path("slot-types/refresh")
  public Response refresh(@PathParam("odsCode") String ods) {
    var practice = practices.writable(caller.get(), ods);
    return respond(settings.refreshSlotTypes(caller.get(), practice));
  }

  private static Response respond(BookingSettingsView v) {
    return Response.ok(SettingsJson.of(v)).tag(new EntityTag(Long.toString(v.version()))).build();
  }
}
