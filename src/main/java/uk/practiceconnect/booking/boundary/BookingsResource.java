package uk.practiceconnect.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.practiceconnect.booking.boundary.BookingJson.BookingIn;
import uk.practiceconnect.booking.boundary.BookingJson.BookingOut;
import uk.practiceconnect.booking.control.BookingService;
import uk.practiceconnect.booking.control.Bookings;
import uk.practiceconnect.booking.control.Cancellations;
import uk.practiceconnect.booking.control.EmisReconciliation;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.IdempotencyKey;
import uk.practiceconnect.booking.entity.Surname;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.platform.web.ClientAddresses;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/**
 * Book, list and cancel online bookings. A booking needs an {@code Idempotency-Key}: the same key
 * with the same body answers with the same booking (never a second one), with another body 422. 409
 * when the slot is no longer free; 422 when the patient does not match or a rule forbids it.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject Practices practices;
  @Inject BookingService service;
  @Inject Bookings bookings;
  @Inject Cancellations cancellations;
  @Inject EmisReconciliation reconciliation;
  @Inject ClientAddresses addresses;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Context HttpServletRequest http;
  @Context UriInfo uri;

  @POST
  public Response book(
      @PathParam("odsCode") String ods,
      @HeaderParam("Idempotency-Key") String rawKey,
      BookingIn body) {
    var practice = practices.writable(caller.get(), ods);
    BookingIn in = body == null ? new BookingIn(null, null, null, null, null) : body;
    var v = new Validation();
    IdempotencyKey sent = v.field("Idempotency-Key", rawKey, IdempotencyKey::of);
    BookingRequest request = request(in, v, LocalDate.now(clock.withZone(UkTime.ZONE)));
    v.throwIfInvalid();
    // the key is the caller's own: another API key sending the same value books for itself
    IdempotencyKey key = sent.ownedBy(caller.get().ref());
    BookingOut out =
        BookingOut.of(service.bookByApi(practice, caller.get(), key, request, addresses.of(http)));
    return Response.created(uri.getAbsolutePathBuilder().path(out.bookingId()).build())
        .entity(out)
        .build();
  }

  static BookingRequest request(BookingIn in, Validation v, LocalDate today) {
    String slotId = v.field("slotId", in.slotId(), BookingsResource::slotId);
    NhsNumber nhs = v.field("nhsNumber", in.nhsNumber(), NhsNumber::of);
    DateOfBirth dob = v.field("dateOfBirth", in.dateOfBirth(), s -> DateOfBirth.iso(s, today));
    Surname surname = v.field("surname", in.surname(), Surname::of);
    if (in.reason() != null && in.reason().strip().length() > BookingRequest.MAX_REASON) {
      v.reject("reason", "The reason is at most " + BookingRequest.MAX_REASON + " characters");
    }
    return v.isValid() ? new BookingRequest(slotId, nhs, dob, surname, in.reason()) : null;
  }

  private static String slotId(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new uk.practiceconnect.platform.entity.InvalidValueException(
          "Give the slotId of a free slot");
    }
    if (raw.length() > 64) {
      throw new uk.practiceconnect.platform.entity.InvalidValueException(
          "A slotId is at most 64 characters");
    }
    return raw.strip();
  }

  @GET
  @Path("{bookingId}")
  public BookingOut one(@PathParam("odsCode") String ods, @PathParam("bookingId") String ref) {
    var practice = practices.readable(caller.get(), ods);
    return bookings
        .byRef(practice.id(), ref)
        .map(BookingOut::of)
        .orElseThrow(() -> DomainException.notFound("There is no booking " + ref));
  }

  @DELETE
  @Path("{bookingId}")
  public BookingOut cancel(@PathParam("odsCode") String ods, @PathParam("bookingId") String ref) {
    var practice = practices.writable(caller.get(), ods);
    return BookingOut.of(cancellations.cancelByApi(practice, caller.get(), ref));
  }

  @POST
  @Path("reconcile")
  public EmisReconciliation.Outcome reconcile(@PathParam("odsCode") String ods) {
    var practice = practices.writable(caller.get(), ods);
    return reconciliation.reconcile(practice);
  }

  @GET
  public List<BookingOut> list(
      @PathParam("odsCode") String ods,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("status") String status) {
    var practice = practices.readable(caller.get(), ods);
    Set<BookingStatus> statuses = statuses(status);
    Instant start = TimeParam.parse(from, "from");
    if (start == null) {
      start = LocalDate.now(clock.withZone(UkTime.ZONE)).atStartOfDay(UkTime.ZONE).toInstant();
    }
    Instant end = TimeParam.parse(to, "to");
    if (end == null) {
      end = start.plus(Duration.ofDays(7L * 13));
    }
    return bookings.inRange(practice.id(), start, end, statuses).stream()
        .map(BookingOut::of)
        .toList();
  }

  static Set<BookingStatus> statuses(String raw) {
    if (raw == null || raw.isBlank()) {
      return EnumSet.complementOf(EnumSet.of(BookingStatus.FAILED));
    }
    Set<BookingStatus> wanted = EnumSet.noneOf(BookingStatus.class);
    for (String s : raw.split(",")) {
      try {
        wanted.add(BookingStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid(
            "status", "status is one or more of " + List.of(BookingStatus.values()));
      }
    }
    return wanted;
  }
}
