package uk.practiceconnect.gpconnect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.practiceconnect.gpconnect.control.IntegrationRoutes;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * How Practice Connect reaches a practice's appointment book: {@code EMIS} (the partner API) or
 * {@code GP_CONNECT}. Switching to GP Connect is refused with 422 until its settings are saved.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/integration-route")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationRouteResource {

  @Inject Practices practices;
  @Inject IntegrationRoutes routes;
  @Inject CurrentCaller caller;

  public record RouteJson(String route) {}

  @GET
  public RouteJson get(@PathParam("odsCode") String ods) {
    return new RouteJson(routes.route(practices.readable(caller.get(), ods)).name());
  }

  @PUT
  @EmptyBodyAsEmptyObject
  public RouteJson put(@PathParam("odsCode") String ods, RouteJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    return new RouteJson(
        routes.change(caller.get(), practice, body == null ? null : body.route()).name());
  }
}
