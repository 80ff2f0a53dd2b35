package uk.practiceconnect.emis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.emis.control.ConnectionTests;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The connection test over REST. Running one is an action (it logs on to EMIS and is audited), so
 * it needs a read-write key; the last result can be read with any key of the practice.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/emis-settings/connection-test")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionTestResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject ConnectionTests tests;
  @Inject IntegrationStatus status;

  @JsonbPropertyOrder({"outcome", "checkedAt", "checks"})
  public record ResultJson(String outcome, Instant checkedAt, List<CheckJson> checks) {
    public static ResultJson of(ConnectionTestResult r) {
      return new ResultJson(
          r.passed() ? "PASSED" : "FAILED",
          r.checkedAt(),
          r.checks().stream().map(CheckJson::of).toList());
    }
  }

  /** One check; {@code fix} is null unless it failed. */
  @JsonbNillable
  @JsonbPropertyOrder({"code", "title", "outcome", "detail", "fix"})
  public record CheckJson(String code, String title, String outcome, String detail, String fix) {
    static CheckJson of(ConnectionCheck c) {
      return new CheckJson(c.code().name(), c.title(), c.outcome().name(), c.detail(), c.fix());
    }
  }

  @POST
  public ResultJson run(@PathParam("odsCode") String ods) {
    Practice practice = practices.writable(caller.get(), ods);
    return ResultJson.of(tests.run(caller.get(), practice, ConnectionTestRun.Origin.API));
  }

  @GET
  public ResultJson last(@PathParam("odsCode") String ods) {
    Practice practice = practices.readable(caller.get(), ods);
    return status
        .lastTest(practice)
        .map(run -> ResultJson.of(run.result()))
        .orElseThrow(
            () -> DomainException.notFound("No connection test has been run for " + ods + " yet"));
  }
}
