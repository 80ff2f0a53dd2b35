package uk.practiceconnect.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for other NHS systems, under {@code /api/v1}. JAX-RS finds the resources, filters
 * and exception mappers of every feature itself (the WAR holds no other JAX-RS application), so
 * this ground-floor class names none of them.
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

  /** No WADL description on OPTIONS: it names the server's JAX-RS version to anyone who asks. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
