package uk.practiceconnect.webhooks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.webhooks.boundary.WebhookJson.DeliveryOut;
import uk.practiceconnect.webhooks.boundary.WebhookJson.EndpointIn;
import uk.practiceconnect.webhooks.boundary.WebhookJson.EndpointOut;
import uk.practiceconnect.webhooks.boundary.WebhookJson.EndpointWithSecret;
import uk.practiceconnect.webhooks.control.WebhookEndpoints;

/**
 * A practice's webhook endpoints (Standard Webhooks): register one (its signing secret is in the
 * answer and never again), list, remove, rotate the secret, switch a switched-off one back on, see
 * its deliveries and resend one. Changing needs a read-write key for the practice (or all).
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookEndpointsResource {

  static final String PROBLEM = "application/problem+json";

  @Inject Practices practices;
  @Inject WebhookEndpoints endpoints;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  @POST
  @EmptyBodyAsEmptyObject
  public Response register(@PathParam("odsCode") String ods, EndpointIn body) {
    var practice = practices.writable(caller.get(), ods);
    EndpointIn in = body == null ? new EndpointIn(null, null) : body;
    var made = endpoints.register(caller.get(), practice, in.url(), in.events());
    EndpointWithSecret out = EndpointWithSecret.of(made);
    return Response.created(uri.getAbsolutePathBuilder().path(out.id()).build())
        .entity(out)
        .build();
  }

  @GET
  public List<EndpointOut> list(@PathParam("odsCode") String ods) {
    return endpoints.list(practices.readable(caller.get(), ods)).stream()
        .map(EndpointOut::of)
        .toList();
  }

  @GET
  @Path("{endpointId}")
  public EndpointOut one(@PathParam("odsCode") String ods, @PathParam("endpointId") String id) {
    return EndpointOut.of(endpoints.find(practices.readable(caller.get(), ods), id));
  }

  @DELETE
  @Path("{endpointId}")
  public Response remove(@PathParam("odsCode") String ods, @PathParam("endpointId") String id) {
    endpoints.remove(caller.get(), practices.writable(caller.get(), ods), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{endpointId}/secret")
  @EmptyBodyAsEmptyObject
  public EndpointWithSecret rotate(
      @PathParam("odsCode") String ods, @PathParam("endpointId") String id) {
    return EndpointWithSecret.of(
        endpoints.rotate(caller.get(), practices.writable(caller.get(), ods), id));
  }

  @POST
  @Path("{endpointId}/enable")
  @EmptyBodyAsEmptyObject
  public EndpointOut switchOn(
      @PathParam("odsCode") String ods, @PathParam("endpointId") String id) {
    return EndpointOut.of(
        endpoints.switchOn(caller.get(), practices.writable(caller.get(), ods), id));
  }

  @GET
  @Path("{endpointId}/deliveries")
  public List<DeliveryOut> deliveries(
      @PathParam("odsCode") String ods, @PathParam("endpointId") String id) {
    return endpoints.deliveries(practices.readable(caller.get(), ods), id).stream()
        .map(DeliveryOut::of)
        .toList();
  }

  @POST
  @Path("{endpointId}/deliveries/{deliveryId}/resend")
  @EmptyBodyAsEmptyObject
  public Response resend(
      @PathParam("odsCode") String ods,
      @PathParam("endpointId") String id,
      @PathParam("deliveryId") long deliveryId) {
    var d = endpoints.resend(caller.get(), practices.writable(caller.get(), ods), id, deliveryId);
    return Response.accepted(DeliveryOut.of(d)).build();
  }
}
