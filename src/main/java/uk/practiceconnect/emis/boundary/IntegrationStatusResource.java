package uk.practiceconnect.emis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/** A practice's integration status, as the periodic check and the last test left it. */
@ApplicationScoped
@Path("v1/practices/{odsCode}/integration-status")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationStatusResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject IntegrationStatus status;

  /**
   * {@code failingCheck} is null unless BROKEN or NOT_CONFIGURED; {@code lastCheckedAt} null if
   * never.
   */
  @JsonbNillable
  @JsonbPropertyOrder({"state", "since", "failingCheck", "lastCheckedAt"})
  public record StatusJson(
      String state, Instant since, String failingCheck, Instant lastCheckedAt) {
    static StatusJson of(IntegrationStatusView v) {
      return new StatusJson(
          v.state().name(),
          v.since(),
          v.failingCheck() == null ? null : v.failingCheck().name(),
          v.lastCheckedAt());
    }
  }

  @GET
  public StatusJson get(@PathParam("odsCode") String ods) {
    return StatusJson.of(status.view(practices.readable(caller.get(), ods)));
  }
}
