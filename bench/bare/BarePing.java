package bench.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The bare endpoint the speed benchmark compares ours with: one JAX-RS resource in a WAR of its
 * own (no filters, no CDI beans, no database), deployed in the same Payara Micro as the product.
 * It answers what {@code GET /api/v1/ping} answers, so the two differ only in what our WAR adds.
 */
@Path("ping")
public class BarePing {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
