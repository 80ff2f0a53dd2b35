package bench.pagesopen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The ceiling WAR's resource in a WAR with CDI and Faces but no page area behind a sign-in
 * (web.xml): between the ceiling and the API-only WAR, it tells what the sign-in's security
 * constraint costs apart from Faces (bench/ceilings.sh, bench/README.md).
 */
@ApplicationScoped
@Path("ping")
public class PagesOpenPing {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
