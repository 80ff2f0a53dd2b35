package uk.practiceconnect.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A bare endpoint: no key, no database. Load balancers may poll it, and the benchmark in bench/
 * measures the rest of the API against it.
 */
@ApplicationScoped
@Path(PingResource.PATH)
public class PingResource {

  public static final String PATH = "v1/ping";

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
