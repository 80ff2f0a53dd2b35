package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.control.AppointmentBook;
import uk.practiceconnect.sandbox.emis.control.Bookings;
import uk.practiceconnect.sandbox.emis.control.Organisations;
import uk.practiceconnect.sandbox.emis.entity.BookViews.AppointmentView;
import uk.practiceconnect.sandbox.emis.entity.Cdb;

/** Admin face: every appointment EMIS holds (booked and cancelled), and moving one. */
@Path("admin/v1/organisations/{cdb}/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAppointmentsResource {

  static final Duration DEFAULT_RANGE = Duration.ofDays(28);

  @Inject Organisations organisations;
  @Inject AppointmentBook book;
  @Inject Bookings bookings;
  @Inject Clock clock;

  @PathParam("cdb")
  String cdb;

  /** Appointments whose slot starts in [from, to); default from the start of today for 28 days. */
  @GET
  public Map<String, List<AppointmentView>> all(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start =
        from == null || from.isBlank()
            ? LocalDate.now(clock.withZone(Params.UK)).atStartOfDay(Params.UK).toInstant()
            : Params.instant("from", from);
    Instant end = to == null || to.isBlank() ? start.plus(DEFAULT_RANGE) : Params.instant("to", to);
    Params.checkRange(start, end);
    return Map.of("appointments", book.allAppointments(org(), start, end));
  }

  /** {@code {slotId}}: staff move the appointment; it keeps its id, its start changes. */
  @POST
  @Path("{appointmentId}/move")
  public AppointmentView move(@PathParam("appointmentId") String appointmentId, String body) {
    String slotId = JsonBody.parse(body).string("slotId");
    return bookings.move(org(), appointmentId, slotId);
  }

  private Long org() {
    return organisations.require(Cdb.of(cdb)).id();
  }
}
