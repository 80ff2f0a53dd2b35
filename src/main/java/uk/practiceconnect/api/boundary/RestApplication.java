package uk.practiceconnect.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import uk.practiceconnect.booking.boundary.BookingSettingsResource;
import uk.practiceconnect.booking.boundary.BookingsResource;
import uk.practiceconnect.booking.boundary.SlotsResource;
import uk.practiceconnect.emis.boundary.ConnectionTestResource;
import uk.practiceconnect.emis.boundary.EmisSettingsResource;
import uk.practiceconnect.emis.boundary.IntegrationStatusResource;
import uk.practiceconnect.emis.boundary.IntegrationsResource;
import uk.practiceconnect.platform.boundary.AuditResource;
import uk.practiceconnect.practice.boundary.PracticesResource;
import uk.practiceconnect.reminders.boundary.ReminderRunsResource;
import uk.practiceconnect.reminders.boundary.ReminderSettingsResource;
import uk.practiceconnect.reminders.boundary.RemindersResource;

/**
 * The REST API for other NHS systems, under {@code /api/v1}. Its classes are listed here (rather
 * than scanned) so the sandbox's own JAX-RS application does not show up under /api.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Practice Connect API",
            version = "1",
            description =
                "EMIS settings, integration status and audit trail of GP practices. Errors are"
                    + " RFC 9457 problem details."),
    security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
    securitySchemeName = "apiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key issued by the Practice Connect support desk")
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ApiKeyFilter.class,
        EmptyBodyAsEmptyObject.Filter.class,
        ProblemMappers.Domain.class,
        ProblemMappers.Web.class,
        ProblemMappers.Json.class,
        ProblemMappers.Processing.class,
        ProblemMappers.Unexpected.class,
        PingResource.class,
        PracticesResource.class,
        EmisSettingsResource.class,
        ConnectionTestResource.class,
        IntegrationStatusResource.class,
        IntegrationsResource.class,
        AuditResource.class,
        BookingSettingsResource.class,
        SlotsResource.class,
        BookingsResource.class,
        ReminderSettingsResource.class,
        RemindersResource.class,
        ReminderRunsResource.class);
  }
}
