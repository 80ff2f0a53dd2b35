package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.control.FaultPlan;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.Fault;

/** Admin face: the latency, errors, timeouts and rate limiting injected into partner calls. */
@Path("admin/v1/faults")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminFaultsResource {

  @Inject FaultPlan faults;

  /** Every fault, with the number of calls it has decided ({@code applied}). */
  @GET
  public Map<String, List<FaultPlan.Applied>> all() {
    return Map.of("faults", faults.all());
  }

  /**
   * {@code {call, organisationId?, latencyMs, errorRate, timeoutRate, rateLimitRate}}; missing
   * numbers are 0; without organisationId the fault applies to every organisation.
   */
  @PUT
  public Map<String, List<FaultPlan.Applied>> put(String body) {
    JsonBody json = JsonBody.parse(body);
    faults.put(
        new Fault(
            json.string("call"),
            json.optionalString("organisationId"),
            json.integer("latencyMs", 0),
            json.decimal("errorRate", 0),
            json.decimal("timeoutRate", 0),
            json.decimal("rateLimitRate", 0)));
    return all();
  }

  /** Removes every fault, or only those of {@code ?organisationId=}. */
  @DELETE
  public Response clear(@QueryParam("organisationId") String organisationId) {
    if (organisationId == null || organisationId.isBlank()) {
      faults.clear();
    } else {
      faults.clear(Cdb.of(organisationId).value());
    }
    return Response.noContent().build();
  }
}
