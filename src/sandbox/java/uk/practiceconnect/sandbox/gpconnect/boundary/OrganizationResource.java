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
import org.hl7.fhir.dstu3.model.Bundle;
import uk.practiceconnect.sandbox.gpconnect.control.DirectoryResources;
import uk.practiceconnect.sandbox.gpconnect.control.Profiles;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * Find an organisation by ODS code ({@code GET Organization?identifier=…ods-organization-code|…}; a
 * provider knows only itself) and read it.
 */
@Path("{ods}/STU3/1/gpconnect/Organization")
@RequestScoped
public class OrganizationResource {

  @Inject Gate gate;

  @PathParam("ods")
  String ods;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  public Response find() {
    Provider provider = gate.admit(ods, headers, uri, Interaction.SEARCH_ORGANIZATION).provider();
    String code =
        Identifiers.value(uri.getQueryParameters().get("identifier"), Profiles.ODS_SYSTEM);
    if (!code.matches("[A-Za-z0-9]{3,10}")) {
      throw SpineError.INVALID_IDENTIFIER_VALUE.failure(
          "An ODS code is 3 to 10 letters and digits");
    }
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    if (code.equalsIgnoreCase(provider.odsCode())) {
      bundle.addEntry().setResource(DirectoryResources.organization(provider));
    }
    bundle.setTotal(bundle.getEntry().size());
    return FhirResponses.searchset(bundle);
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") String id) {
    Provider provider = gate.admit(ods, headers, uri, Interaction.READ_ORGANIZATION).provider();
    if (!Provider.ORGANIZATION_ID.equals(id)) {
      throw SpineError.ORGANISATION_NOT_FOUND.failure("No organization with id " + id);
    }
    return FhirResponses.versioned(DirectoryResources.organization(provider), false);
  }
}
