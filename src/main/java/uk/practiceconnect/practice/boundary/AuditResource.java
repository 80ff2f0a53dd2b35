package uk.practiceconnect.practice.boundary;

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
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.web.QueryParams;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

@ApplicationScoped
@Path("v1/practices/{odsCode}/audit")
@Produces(MediaType.APPLICATION_JSON)
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
  public PageJson list(
      @PathParam("odsCode") String ods,
      @QueryParam("page") String rawPage,
      @QueryParam("size") String rawSize,
      @QueryParam("q") String text) {
    Practice practice = practices.readable(caller.get(), ods);
    int size = QueryParams.whole("size", rawSize, 1, MAX_SIZE, 50);
    int page = QueryParams.page(rawPage, size);
    var query = new AuditTrail.Query(practice.id(), text);
    List<EntryJson> items =
        audit.page(query, page * size, size).stream().map(EntryJson::of).toList();
    return new PageJson(items, page, size, audit.count(query));
  }
}
