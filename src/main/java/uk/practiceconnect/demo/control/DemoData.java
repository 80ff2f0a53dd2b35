package uk.practiceconnect.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.api.control.ApiKeys;
import uk.practiceconnect.api.entity.Access;
import uk.practiceconnect.emis.control.EmisSettingsService;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.PasswordHasher;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.control.Users;
import uk.practiceconnect.practice.entity.AppUser;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.Username;
import uk.practiceconnect.reminders.control.ReminderSettingsService;

/**
 * Seeds the demo (only when demo.enabled is true): a support-desk user, two practices each with a
 * practice admin, their EMIS settings pointing at the sandbox, and two API keys. Safe to run on
 * every start: whatever exists already is left alone.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final Caller SETUP =
      new Caller("demo-setup", Caller.Kind.PLATFORM_ADMIN, null, true);

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

  @PersistenceContext EntityManager em;
  @Inject Practices practices;
  @Inject Users users;
  @Inject PasswordHasher hasher;
  @Inject EmisSettingsService emis;
  @Inject ApiKeys apiKeys;
  @Inject ReminderSettingsService reminders;
  @Inject Clock clock;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    if (users.find(Username.of("support.desk")).isEmpty()) {
      em.persist(
          AppUser.platformAdmin(
              Username.of("support.desk"),
              "Support Desk",
              hasher.hashNew(password),
              clock.instant()));
    }
    Practice riverside = practice("A81001", "Riverside Surgery", "riverside.manager", "Rita Patel");
    Practice hillview =
        practice("A81002", "Hillview Medical Centre", "hillview.manager", "Harry Jones");
    link(riverside, "50001");
    link(hillview, "50002");
    // reminders flow into the Notify sandbox's outbox from the first start (A81001 only)
    reminders.switchOnWithDefaults(SETUP, riverside);
    apiKeys.register(SETUP, "Demo: all practices", platformKey, null, Access.READ_WRITE);
    apiKeys.register(SETUP, "Demo: Riverside only", a81001Key, riverside, Access.READ_WRITE);
    LOG.info("Demo mode: demo practices, users and API keys are in place");
  }

  private Practice practice(String ods, String name, String admin, String adminName) {
    Practice practice =
        practices.find(OdsCode.of(ods)).orElseGet(() -> practices.create(SETUP, ods, name));
    if (users.find(Username.of(admin)).isEmpty()) {
      users.addPracticeAdmin(SETUP, practice, admin, adminName, password);
    }
    return practice;
  }

  private void link(Practice practice, String cdb) {
    if (emis.view(practice).organisationId() == null) {
      emis.changeOrganisationId(SETUP, practice, cdb, null);
      emis.changeApiUser(SETUP, practice, "practiceconnect", DEMO_EMIS_PASSWORD, null);
    }
  }
}
