package uk.practiceconnect.sandbox.notify.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The Notify sandbox's JAX-RS application at {@code /sandbox/notify}: point a Notify client's base
 * URL here. Its classes are listed so that it serves nothing of the other applications in the WAR
 * (and they nothing of it).
 */
@ApplicationPath("notify")
public class NotifySandboxApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        NotificationsResource.class,
        AdminResource.class,
        SandboxErrors.Notify.class,
        SandboxErrors.Admin.class,
        SandboxErrors.Unexpected.class);
  }
}
