package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The GP Connect stand-in's JAX-RS application at {@code /sandbox/gpconnect}: a provider's FHIR
 * base is {@code /sandbox/gpconnect/{odsCode}/STU3/1/gpconnect}. Its classes are listed so that it
 * serves nothing of the other applications in the WAR (and they nothing of it).
 */
@ApplicationPath("gpconnect")
public class GpConnectSandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        MetadataResource.class,
        PatientResource.class,
        OrganizationResource.class,
        LocationResource.class,
        PractitionerResource.class,
        SlotResource.class,
        AppointmentResource.class,
        AdminResource.class,
        AdminPatientsResource.class,
        GpcMappers.Failures.class,
        GpcMappers.Web.class,
        GpcMappers.Unexpected.class);
  }
}
