package bench.apionly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The ceiling WAR's resource in a WAR that serves the API alone: CDI, but no Faces and no page
 * area behind a sign-in (web.xml). Its ratio to the bare endpoint is what an API split off into a
 * WAR of its own could reach on this server (bench/ceilings.sh, bench/README.md).
 */
@ApplicationScoped
@Path("ping")
public class ApiOnlyPing {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
