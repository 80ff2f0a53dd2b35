package uk.practiceconnect.gpconnect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.practiceconnect.emis.boundary.ConnectionTestResource.ResultJson;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.gpconnect.control.GpConnectTests;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Tests the practice's GP Connect settings with read-only calls to its provider; answers in the
 * same shape as the EMIS connection test (the check codes start with {@code GPC_}).
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/gp-connect-settings/connection-test")
@Produces(MediaType.APPLICATION_JSON)
public class GpConnectTestResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject GpConnectTests tests;

  @POST
  public ResultJson run(@PathParam("odsCode") String ods) {
    Practice practice = practices.writable(caller.get(), ods);
    return ResultJson.of(tests.run(caller.get(), practice, ConnectionTestRun.Origin.API));
  }
}
