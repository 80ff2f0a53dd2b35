package uk.practiceconnect.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.booking.boundary.BookingJson.Slot;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.booking.control.SlotSearch;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/**
 * Free slots that may be booked online now: within the practice's bookable slot types and
 * clinicians, booking window and minimum notice. Empty while online booking is off.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

  @Inject Practices practices;
  @Inject BookingSettingsService settings;
  @Inject SlotSearch search;
  @Inject CurrentCaller caller;

  @GET
  public List<Slot> slots(
      @PathParam("odsCode") String ods,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("slotType") String slotType) {
    var practice = practices.readable(caller.get(), ods);
    var v = new Validation();
    SlotType type =
        slotType == null || slotType.isBlank() ? null : v.field("slotType", slotType, SlotType::of);
    v.throwIfInvalid();
    Instant start = TimeParam.parse(from, "from");
    Instant end = TimeParam.parse(to, "to");
    BookingRule rule = settings.rule(practice.id());
    if (!rule.enabled()) {
      return List.of();
    }
    return search.bookable(practice, rule, rule.bookable(), start, end, type).stream()
        .map(s -> Slot.of(s, rule.showClinician()))
        .toList();
  }
}
