package uk.practiceconnect.sandbox.emis.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PatientDetails;

/**
 * On start-up: the two demo organisations the demo practices link to (50001 set up correctly, 50002
 * with Allow Login unticked), each created only if missing, their appointment books topped up to a
 * few weeks ahead, and in 50001 the patient the README offers for trying online booking.
 * Bean-managed so each step commits on its own.
 */
@Startup
@Singleton
@DependsOn("SandboxDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoOrganisations {

  private static final Logger LOG = Logger.getLogger(DemoOrganisations.class.getName());

  static final String API_USER = "practiceconnect";
  static final String RBAC_ROLE = "Clinical Practitioner Access Role";

  @Inject Organisations organisations;
  @Inject EmasManager emas;
  @Inject DemoBooks books;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sandbox.emis.demo-password")
  String emisPassword;

  @Inject
  @ConfigProperty(name = "sandbox.emis.demo-days", defaultValue = "21")
  int days;

  @Inject
  @ConfigProperty(name = "sandbox.emis.demo-slots-per-day", defaultValue = "48")
  int slotsPerDay;

  @Inject
  @ConfigProperty(name = "sandbox.emis.demo-patients", defaultValue = "200")
  int patients;

  /** The demo patient (NHS number from the 999 test range; Ofcom's drama mobile range). */
  static final NhsNumber DEMO_PATIENT = NhsNumber.of("9990000018");

  static final PatientDetails DEMO_PATIENT_DETAILS =
      new PatientDetails(
          "Ms", "Alex", "Morgan", LocalDate.of(1985, 6, 14), "LS6 2AB", "07700900001", true);

  @Inject Patients patientRecords;

  @PostConstruct
  void seed() {
    try {
      int slots =
          organisation("50001", "Riverside Surgery", true)
              + organisation("50002", "Hillview Medical Centre", false);
      LOG.info(
          () -> "EMIS sandbox: demo organisations 50001 and 50002 ready, " + slots + " new slots");
    } catch (RuntimeException e) {
      // the demo still starts; the sandbox's admin face can generate books by hand
      LOG.log(
          Level.SEVERE, "EMIS sandbox: demo organisations not seeded: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "EMIS sandbox: demo organisations not seeded", e);
    }
  }

  private int organisation(String number, String name, boolean allowLogin) {
    Cdb cdb = Cdb.of(number);
    Long org = organisations.findOrCreate(cdb, name).id();
    if (emas.view(cdb).users().isEmpty()) {
      emas.putUser(
          cdb,
          API_USER,
          new EmasManager.UserSettings(emisPassword, RBAC_ROLE, true, true, false, null));
      emas.setLoginAccess(cdb, API_USER, new LoginAccess(allowLogin, true));
    }
    if (allowLogin) {
      patientRecords.put(org, DEMO_PATIENT, DEMO_PATIENT_DETAILS);
    }
    LocalDate today = LocalDate.now(clock.withZone(Logons.UK));
    return books.generate(org, today, new DemoBooks.Request(days, slotsPerDay, patients)).slots();
  }
}
