package uk.practiceconnect.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API for other NHS systems, under {@code /api/v1}. JAX-RS finds the resources, filters
 * and exception mappers of every feature itself (the WAR holds no other JAX-RS application), so
 * this ground-floor class names none of them.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

  /** No WADL description on OPTIONS: it names the server's JAX-RS version to anyone who asks. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
