package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The EMIS sandbox's JAX-RS application under {@code /sandbox/emis}. Its classes are listed rather
 * than scanned, so that the Notify sandbox's resources, in the same WAR, stay out of here.
 */
@ApplicationPath("emis")
public class SandboxEmisApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SandboxMappers.Web.class,
        SandboxMappers.Unexpected.class,
        PartnerLogonResource.class,
        PartnerSessionsResource.class,
        PartnerSlotsResource.class,
        PartnerAppointmentsResource.class,
        PartnerPatientsResource.class,
        AdminEmasResource.class,
        AdminFaultsResource.class,
        AdminPatientsResource.class,
        AdminSlotsResource.class,
        AdminAppointmentsResource.class);
  }
}
