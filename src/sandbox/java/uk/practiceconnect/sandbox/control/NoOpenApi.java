package uk.practiceconnect.sandbox.control;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the sandbox out of the server's {@code /openapi}, which Payara merges from every deployed
 * application: the document describes the application's API only, so the sandbox adds neither paths
 * (its scanning is off) nor its address as a server.
 */
public class NoOpenApi implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(new ArrayList<>());
  }
}
