package uk.practiceconnect.emis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.control.StatusSweep;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/** The integration status of every practice the key may see, and a status check on demand. */
@ApplicationScoped
@Path("v1/integration-status")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject IntegrationStatus status;
  @Inject StatusSweep sweep;

  @JsonbNillable
  @JsonbPropertyOrder({"odsCode", "name", "state", "since", "failingCheck", "lastCheckedAt"})
  public record RowJson(
      String odsCode,
      String name,
      String state,
      Instant since,
      String failingCheck,
      Instant lastCheckedAt) {}

  @GET
  public List<RowJson> all() {
    return status.overview(practices.visibleTo(caller.get())).stream()
        .map(
            r ->
                new RowJson(
                    r.practice().odsCode().value(),
                    r.practice().name().value(),
                    r.status().state().name(),
                    r.status().since(),
                    r.status().failingCheck() == null ? null : r.status().failingCheck().name(),
                    r.status().lastCheckedAt()))
        .toList();
  }

  @POST
  @Path("sweep")
  public StatusSweep.Report sweepNow() {
    Caller who = caller.get();
    if (!who.allPractices() || !who.canWrite()) {
      throw DomainException.forbidden(
          "Only an all-practices read-write key can start a status check of every practice");
    }
    return sweep.sweep(true);
  }
}
