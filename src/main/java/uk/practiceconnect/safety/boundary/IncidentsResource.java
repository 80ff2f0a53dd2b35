package uk.practiceconnect.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.web.QueryParams;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.safety.control.SafetyIncidents;
import uk.practiceconnect.safety.entity.SafetyIncident;

/** Safety incidents reported by every practice, for the support desk's own tools. */
@ApplicationScoped
@Path("v1/safety-incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

  static final int DEFAULT_SIZE = 50;

  @Inject SafetyIncidents incidents;
  @Inject CurrentCaller caller;

  @JsonbNillable
  @JsonbPropertyOrder({
    "reference",
    "odsCode",
    "reportedAt",
    "reportedBy",
    "occurredOn",
    "whatHappened",
    "patientReference"
  })
  public record IncidentJson(
      String reference,
      String odsCode,
      Instant reportedAt,
      String reportedBy,
      LocalDate occurredOn,
      String whatHappened,
      String patientReference) {
    static IncidentJson of(SafetyIncident i) {
      return new IncidentJson(
          i.reference(),
          i.odsCode(),
          i.reportedAt(),
          i.reportedBy(),
          i.occurredOn(),
          i.whatHappened(),
          i.patientReference().orElse(null));
    }
  }

  public record PageJson(List<IncidentJson> items, int page, int size, long total) {}

  @GET
  public PageJson list(@QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
    Caller who = caller.get();
    int size = QueryParams.whole("size", rawSize, 1, SafetyIncidents.MAX_PAGE, DEFAULT_SIZE);
    int page = QueryParams.page(rawPage, size);
    List<IncidentJson> items =
        incidents.all(who, page * size, size).stream().map(IncidentJson::of).toList();
    return new PageJson(items, page, size, incidents.count(who));
  }
}
