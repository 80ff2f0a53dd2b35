package bench.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The bare WAR's one resource in a WAR that has what any WAR with staff pages has (web.xml): CDI
 * (this class is a bean, made once like the product's resources), Faces, and a page area behind a
 * sign-in. Nothing of the product's own code runs. Its ratio to the bare endpoint is the most the
 * product's ping can reach while its API shares a WAR with its pages (bench/README.md).
 */
@ApplicationScoped
@Path("ping")
public class CeilingPing {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
