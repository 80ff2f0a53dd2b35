package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.practiceconnect.sandbox.gpconnect.control.Capability;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;

/** Get the FHIR capability statement ({@code GET [base]/metadata}). */
@Path("{ods}/STU3/1/gpconnect/metadata")
@RequestScoped
public class MetadataResource {

  @Inject Gate gate;

  @GET
  public Response metadata(
      @PathParam("ods") String ods, @Context HttpHeaders headers, @Context UriInfo uri) {
    gate.admit(ods, headers, uri, Interaction.READ_METADATA);
    return FhirResponses.ok(Capability.statement());
  }
}
