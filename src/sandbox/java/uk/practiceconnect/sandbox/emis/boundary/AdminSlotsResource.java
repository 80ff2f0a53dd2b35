package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.control.BookCatalogue;
import uk.practiceconnect.sandbox.emis.control.Bookings;
import uk.practiceconnect.sandbox.emis.control.Organisations;
import uk.practiceconnect.sandbox.emis.entity.BookViews.AppointmentView;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;

/**
 * Admin face: what practice staff do in the appointment book: add a slot, book a patient into it
 * (even in the past), cancel what is booked.
 */
@Path("admin/v1/organisations/{cdb}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSlotsResource {

  @Inject Organisations organisations;
  @Inject BookCatalogue catalogue;
  @Inject Bookings bookings;

  @PathParam("cdb")
  String cdb;

  /** {@code {start, durationMinutes, slotType, clinician}}: a free slot, 201 {@code {slotId}}. */
  @POST
  public Response add(String body) {
    JsonBody json = JsonBody.parse(body);
    var start = json.instant("start");
    int duration = json.requiredInteger("durationMinutes");
    String slotType = json.string("slotType");
    String clinician = json.string("clinician");
    Long org = organisations.findOrCreate(Cdb.of(cdb), null).id();
    Long slotId = catalogue.addSlot(org, start, duration, slotType, clinician).id();
    return Response.status(201).entity(Map.of("slotId", String.valueOf(slotId))).build();
  }

  @POST
  @Path("{slotId}/book")
  public Response book(@PathParam("slotId") String slotId, String body) {
    JsonBody json = JsonBody.parse(body);
    NhsNumber nhs = NhsNumber.of(json.string("nhsNumber"));
    AppointmentView booked =
        bookings.book(org(), slotId, nhs, json.optionalString("reason"), Bookings.Actor.STAFF);
    return Response.status(201).entity(Map.of("appointmentId", booked.appointmentId())).build();
  }

  @POST
  @Path("{slotId}/cancel")
  public AppointmentView cancel(@PathParam("slotId") String slotId) {
    return bookings.cancelSlot(org(), slotId);
  }

  private Long org() {
    return organisations.require(Cdb.of(cdb)).id();
  }
}
