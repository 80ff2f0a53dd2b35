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
import uk.practiceconnect.sandbox.gpconnect.control.DirectoryResources;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/** Read a location ({@code GET Location/{id}}): the practice's one surgery. */
@Path("{ods}/STU3/1/gpconnect/Location/{id}")
@RequestScoped
public class LocationResource {

  @Inject Gate gate;

  @GET
  public Response read(
      @PathParam("ods") String ods,
      @PathParam("id") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    Provider provider = gate.admit(ods, headers, uri, Interaction.READ_LOCATION).provider();
    if (!Provider.LOCATION_ID.equals(id)) {
      throw SpineError.NO_RECORD_FOUND.failure("No location with id " + id);
    }
    return FhirResponses.versioned(DirectoryResources.location(provider), false);
  }
}
