package uk.practiceconnect.webhooks.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.platform.web.ProblemDetails;
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
@Path("v1/practices/{odsCode}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed events sent to the practice's systems")
@SecurityRequirement(name = "apiKey")
@APIResponse(
    responseCode = "401",
    description = "No API key, or not a valid one (code UNAUTHENTICATED)",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetails.class)))
@APIResponse(
    responseCode = "404",
    description =
        "No such practice (or not one the key may see), endpoint or delivery (code NOT_FOUND)",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetails.class)))
public class WebhookEndpointsResource {

  static final String PROBLEM = "application/problem+json";

  @Inject Practices practices;
  @Inject WebhookEndpoints endpoints;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  @POST
  @EmptyBodyAsEmptyObject
  @Operation(
      operationId = "registerWebhookEndpoint",
      summary = "Register an HTTPS endpoint for some event types; the answer holds its secret once")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = EndpointIn.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; keep the secret, it is not shown again",
      content = @Content(schema = @Schema(implementation = EndpointWithSecret.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Not an HTTPS address on the public internet, or unknown event types (code"
              + " VALIDATION_FAILED, with the field: url or events); unreadable JSON (code"
              + " MALFORMED_REQUEST)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key may only read (code FORBIDDEN)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "409",
      description = "The address is registered already (code CONFLICT)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "422",
      description = "The practice has the most endpoints it may have (code UNPROCESSABLE)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  public Response register(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      EndpointIn body) {
    var practice = practices.writable(caller.get(), ods);
    EndpointIn in = body == null ? new EndpointIn(null, null) : body;
    var made = endpoints.register(caller.get(), practice, in.url(), in.events());
    EndpointWithSecret out = EndpointWithSecret.of(made);
    return Response.created(uri.getAbsolutePathBuilder().path(out.id()).build())
        .entity(out)
        .build();
  }

  @GET
  @Operation(operationId = "listWebhookEndpoints", summary = "The practice's webhook endpoints")
  @APIResponse(
      responseCode = "200",
      description = "The endpoints, oldest first (never their secrets)",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EndpointOut.class)))
  public List<EndpointOut> list(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods) {
    return endpoints.list(practices.readable(caller.get(), ods)).stream()
        .map(EndpointOut::of)
        .toList();
  }

  @GET
  @Path("{endpointId}")
  @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint (never its secret)",
      content = @Content(schema = @Schema(implementation = EndpointOut.class)))
  public EndpointOut one(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id) {
    return EndpointOut.of(endpoints.find(practices.readable(caller.get(), ods), id));
  }

  @DELETE
  @Path("{endpointId}")
  @Operation(
      operationId = "removeWebhookEndpoint",
      summary = "Remove an endpoint: nothing more is sent to it, waiting deliveries fail")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "403",
      description = "The key may only read (code FORBIDDEN)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  public Response remove(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id) {
    endpoints.remove(caller.get(), practices.writable(caller.get(), ods), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{endpointId}/secret")
  @EmptyBodyAsEmptyObject
  @Operation(
      operationId = "rotateWebhookSecret",
      summary =
          "A new signing secret, shown once; the old one also signs every delivery for 24 hours")
  @APIResponse(
      responseCode = "200",
      description = "The new secret",
      content = @Content(schema = @Schema(implementation = EndpointWithSecret.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key may only read (code FORBIDDEN)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  public EndpointWithSecret rotate(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id) {
    return EndpointWithSecret.of(
        endpoints.rotate(caller.get(), practices.writable(caller.get(), ods), id));
  }

  @POST
  @Path("{endpointId}/enable")
  @EmptyBodyAsEmptyObject
  @Operation(
      operationId = "switchOnWebhookEndpoint",
      summary = "Switch an endpoint that was switched off back on (from the next event)")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint, switched on",
      content = @Content(schema = @Schema(implementation = EndpointOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key may only read (code FORBIDDEN)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  public EndpointOut switchOn(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id) {
    return EndpointOut.of(
        endpoints.switchOn(caller.get(), practices.writable(caller.get(), ods), id));
  }

  @GET
  @Path("{endpointId}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "The endpoint's latest 50 deliveries, newest first: status, tries, last answer")
  @APIResponse(
      responseCode = "200",
      description = "The deliveries",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryOut.class)))
  public List<DeliveryOut> deliveries(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id) {
    return endpoints.deliveries(practices.readable(caller.get(), ods), id).stream()
        .map(DeliveryOut::of)
        .toList();
  }

  @POST
  @Path("{endpointId}/deliveries/{deliveryId}/resend")
  @EmptyBodyAsEmptyObject
  @Operation(
      operationId = "resendWebhookDelivery",
      summary = "Send a delivery again (same webhook-id), with a fresh 24 hours of retries")
  @APIResponse(
      responseCode = "202",
      description = "Queued; it goes within seconds",
      content = @Content(schema = @Schema(implementation = DeliveryOut.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key may only read (code FORBIDDEN)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "409",
      description = "Still on its way, or the endpoint is switched off (code CONFLICT)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))
  public Response resend(
      @PathParam("odsCode") @Parameter(description = "The practice's ODS code", example = "A81001")
          String ods,
      @PathParam("endpointId")
          @Parameter(description = "The endpoint's id", example = "ep_4f2a9c0b1d3e5f6a7b8c9d0e")
          String id,
      @PathParam("deliveryId") @Parameter(description = "The delivery's id", example = "42")
          long deliveryId) {
    var d = endpoints.resend(caller.get(), practices.writable(caller.get(), ods), id, deliveryId);
    return Response.accepted(DeliveryOut.of(d)).build();
  }
}
