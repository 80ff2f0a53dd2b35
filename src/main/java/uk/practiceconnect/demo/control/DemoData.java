package uk.practiceconnect.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.api.control.ApiKeys;
import uk.practiceconnect.api.entity.Access;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.emis.control.EmisSettingsService;
import uk.practiceconnect.gpconnect.control.GpConnectSettingsService;
import uk.practiceconnect.gpconnect.control.IntegrationRoutes;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.control.Users;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.Username;
import uk.practiceconnect.reminders.control.ReminderSettingsService;

/**
 * Demo mode on: seeds a support-desk user, three practices each with a practice admin (two linked
 * through the EMIS partner API, one through GP Connect, all to the sandbox's stand-ins), and two
 * API keys. Safe to run on every start: whatever exists already is left alone (a demo key someone
 * revoked stays revoked), and a step that fails is logged and skipped, so the demo never stops the
 * application from starting.
 *
 * <p>Demo mode off: the demo's sign-ins and API keys, whose passwords and values are published, are
 * switched off, in case the database was first started in demo mode.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN) // each step commits on its own
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final Caller SETUP = new Caller("demo-setup", Caller.Kind.PLATFORM_ADMIN, null, true);
  static final Caller SYSTEM = new Caller("system", Caller.Kind.PLATFORM_ADMIN, null, true);

  /** The EMIS API user's password in the sandbox's demo organisations. */
  public static final String DEMO_EMIS_PASSWORD = "Sandbox-Emis-Pass-1";

  @Inject
  @ConfigProperty(name = "demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "demo.password")
  String password;

  @Inject
  @ConfigProperty(name = "demo.api-key.platform")
  String platformKey;

  @Inject
  @ConfigProperty(name = "demo.api-key.a81001")
  String a81001Key;

  @Inject Practices practices;
  @Inject Users users;
  @Inject EmisSettingsService emis;
  @Inject ApiKeys apiKeys;
  @Inject ReminderSettingsService reminders;
  @Inject GpConnectSettingsService gpConnect;
  @Inject IntegrationRoutes routes;

  /** The GP Connect stand-in's provider for A81003 (the sandbox WAR beside the application). */
  @Inject
  @ConfigProperty(
      name = "demo.gp-connect.endpoint",
      defaultValue = "http://localhost:8080/sandbox/gpconnect/A81003/STU3/1/gpconnect")
  String gpConnectEndpoint;

  @PostConstruct
  void start() {
    if (enabled) {
      seed();
    } else {
      retire();
    }
  }

  private void seed() {
    step("the support desk sign-in", () -> signIn(null, "support.desk", "Support Desk"));
    Practice riverside =
        step(
            "Riverside Surgery",
            () -> practice("A81001", "Riverside Surgery", "riverside.manager", "Rita Patel"));
    Practice hillview =
        step(
            "Hillview Medical Centre",
            () -> practice("A81002", "Hillview Medical Centre", "hillview.manager", "Harry Jones"));
    // phone numbers from Ofcom's range for drama (01632 960xxx): they ring nobody
    if (riverside != null) {
      step(
          "how patients reach A81001",
          () -> contact(riverside, "01632 960 001", "1 Riverside Road, Exampleton EX1 2AB"));
    }
    if (hillview != null) {
      step(
          "how patients reach A81002",
          () ->
              contact(
                  hillview,
                  "01632 960 002",
                  "Hillview Medical Centre, Hill Street, Exampleton EX2 3CD"));
    }
    if (riverside != null) {
      step("the EMIS link of A81001", () -> link(riverside, "50001"));
      // reminders flow into the Notify sandbox's outbox from the first start (A81001 only)
      step("reminders of A81001", () -> reminders.switchOnWithDefaults(SETUP, riverside));
      step("the A81001 API key", () -> key("Demo: Riverside only", a81001Key, riverside));
    }
    if (hillview != null) {
      step("the EMIS link of A81002", () -> link(hillview, "50002"));
    }
    Practice parkside =
        step(
            "Parkside Health Centre",
            () -> practice("A81003", "Parkside Health Centre", "parkside.manager", "Priya Shah"));
    if (parkside != null) {
      step(
          "how patients reach A81003",
          () ->
              contact(
                  parkside,
                  "01632 960 003",
                  "Parkside Health Centre, Park Lane, Exampleton EX3 4EF"));
      step("the GP Connect link of A81003", () -> linkGpConnect(parkside));
    }
    step("the all-practices API key", () -> key("Demo: all practices", platformKey, null));
    LOG.info("Demo mode: demo practices, users and API keys are in place");
  }

  /**
   * Switches off what demo mode created with published secrets. A failure here stops the start: a
   * production instance must not run while a published password or key still works.
   */
  private void retire() {
    List<String> signIns = users.disableDemoSignIns(SYSTEM);
    List<String> keys = new ArrayList<>();
    for (ApiKey key : apiKeys.all()) {
      if (key.isActive() && SETUP.name().equals(key.createdBy())) {
        apiKeys.revoke(SYSTEM, key.id());
        keys.add(key.name());
      }
    }
    if (!signIns.isEmpty() || !keys.isEmpty()) {
      LOG.warning(
          "Demo mode is off: switched off demo sign-ins "
              + signIns
              + " and revoked demo API keys "
              + keys
              + " (audited as 'system')");
    }
  }

  private void signIn(Practice practiceOrNull, String username, String name) {
    if (users.find(Username.of(username)).isEmpty()) {
      users.addDemoSignIn(SETUP, practiceOrNull, username, name, password);
    }
  }

  private Practice practice(String ods, String name, String admin, String adminName) {
    Practice practice =
        practices.find(OdsCode.of(ods)).orElseGet(() -> practices.create(SETUP, ods, name));
    signIn(practice, admin, adminName);
    return practice;
  }

  private void contact(Practice practice, String phone, String address) {
    if (practice.phone().isEmpty()) {
      practices.changeContact(SETUP, practice, phone, address);
    }
  }

  private void link(Practice practice, String cdb) {
    if (emis.view(practice).organisationId() == null) {
      emis.changeOrganisationId(SETUP, practice, cdb, null);
      emis.changeApiUser(SETUP, practice, "practiceconnect", DEMO_EMIS_PASSWORD, null);
    }
  }

  /**
   * A81003 reaches its (stand-in) GP system through GP Connect, with online booking on for the slot
   * types the provider offers, by invitation and over the API (GP Connect keeps the open patient
   * page off).
   */
  private void linkGpConnect(Practice practice) {
    if (gpConnect.target(practice).isEmpty()) {
      gpConnect.change(SETUP, practice, gpConnectEndpoint, "918999198993", "A81003", null);
      routes.change(SETUP, practice, IntegrationRoute.GP_CONNECT.name());
    }
  }

  private void key(String name, String value, Practice practiceOrNull) {
    ApiKey key = apiKeys.register(SETUP, name, value, practiceOrNull, Access.READ_WRITE);
    if (!key.isActive()) {
      LOG.warning(
          () ->
              "Demo mode: the demo API key '"
                  + key.name()
                  + "' was revoked by "
                  + key.revokedBy()
                  + " and stays revoked (delete the demo database to start afresh)");
    }
  }

  private static void step(String what, Runnable step) {
    step(
        what,
        () -> {
          step.run();
          return Boolean.TRUE;
        });
  }

  /** One seeding step in its own transactions; a failure is logged and the demo goes on. */
  private static <T> T step(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      // class names only: messages can carry values from the database
      LOG.warning(
          "Demo mode: could not set up "
              + what
              + " ("
              + e.getClass().getName()
              + ", caused by "
              + root.getClass().getName()
              + "); the application starts without it");
      LOG.log(Level.FINE, "Demo set-up step failed: " + what, e);
      return null;
    }
  }
}
