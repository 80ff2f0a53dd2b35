package uk.practiceconnect.practice.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;

/**
 * How a new installation gets its first support-desk sign-in: outside demo mode nobody exists to
 * add one, so while no working platform admin exists, the one named by {@code
 * platform.first-admin.username} and {@code .password} is created at start-up (and audited as
 * "system"). Once one exists the settings are ignored, so they can stay in place or be removed.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstPlatformAdmin {

  private static final Logger LOG = Logger.getLogger(FirstPlatformAdmin.class.getName());
  static final Caller SYSTEM = new Caller("system", Caller.Kind.PLATFORM_ADMIN, null, true);

  @Inject
  @ConfigProperty(name = "platform.first-admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "platform.first-admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "platform.first-admin.name", defaultValue = "Support desk")
  String name;

  @Inject Users users;

  @PostConstruct
  void start() {
    if (users.workingPlatformAdmins() > 0) {
      return;
    }
    if (username.isEmpty() || password.isEmpty()) {
      LOG.warning(
          "No support-desk sign-in exists yet: set PLATFORM_FIRST_ADMIN_USERNAME and"
              + " PLATFORM_FIRST_ADMIN_PASSWORD and restart to create the first one (see README)");
      return;
    }
    try {
      users.addFirstPlatformAdmin(SYSTEM, username.get(), name, password.get());
      LOG.info("Created the first support-desk sign-in " + username.get().strip());
    } catch (DomainException e) {
      // a bad username or a weak password: say which, never what was typed for the password
      throw new IllegalStateException(
          "platform.first-admin is not usable: "
              + e.errors().stream().map(f -> f.field() + ": " + f.message()).toList(),
          e);
    }
  }
}
