package uk.practiceconnect.practice.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

@Path("v1/practices/{odsCode}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditResource {

  static final int MAX_SIZE = 200;

  @Inject Practices practices;
  @Inject AuditTrail audit;
  @Inject CurrentCaller caller;

  public record EntryJson(
      Instant at, String actor, String odsCode, String action, String field, String detail) {
    static EntryJson of(AuditEntry e) {
      return new EntryJson(
          e.occurredAt(), e.actor(), e.odsCode(), e.action(), e.field(), e.detail());
    }
  }

  public record PageJson(List<EntryJson> items, int page, int size, long total) {}

  @GET
  @Operation(summary = "The practice's audit trail, newest first")
  public PageJson list(
      @PathParam("odsCode") String ods,
      @QueryParam("page") @DefaultValue("0") String rawPage,
      @QueryParam("size") @DefaultValue("50") String rawSize,
      @QueryParam("q") String text) {
    Practice practice = practices.readable(caller.get(), ods);
    int page = number("page", rawPage, 0, Integer.MAX_VALUE / MAX_SIZE);
    int size = number("size", rawSize, 1, MAX_SIZE);
    var query = new AuditTrail.Query(practice.id(), text);
    List<EntryJson> items =
        audit.page(query, page * size, size).stream().map(EntryJson::of).toList();
    return new PageJson(items, page, size, audit.count(query));
  }

  private static int number(String field, String raw, int min, int max) {
    try {
      int n = Integer.parseInt(raw.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw DomainException.invalid(
        field, field + " must be a whole number from " + min + " to " + max);
  }
}
