package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.emis.control.Fixes;
import uk.practiceconnect.emis.control.RouteConnectionTest;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.gpconnect.entity.ProviderCapability;
import uk.practiceconnect.gpconnect.entity.ProviderOrganisation;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The connection test of a GP Connect practice: read-only calls in the order a fault would show
 * (settings, endpoint and TLS, capability statement, the practice's organisation, slot search,
 * patient search). The first failure stops the test; later checks are reported as skipped. Runs
 * outside the practice's circuit breaker, so a practice can test as soon as it has fixed something.
 */
@ApplicationScoped
public class GpConnectTest implements RouteConnectionTest {

  /**
   * A number from the range NHS England keeps for testing (999 000 0000 onwards), so the patient
   * search check never finds or reads a real patient.
   */
  static final NhsNumber NO_SUCH_PATIENT = NhsNumber.of("9990009996");

  @Inject GpConnectClient client;
  @Inject GpConnectSettingsService settings;
  @Inject Clock clock;

  @Override
  public IntegrationRoute route() {
    return IntegrationRoute.GP_CONNECT;
  }

  @Override
  public ConnectionTestResult run(Practice practice) {
    long started = System.nanoTime();
    Instant at = clock.instant();
    Checks checks = new Checks();
    boolean answered = false;
    Optional<GpConnectTarget> target = settings.target(practice);
    if (target.isEmpty()) {
      checks.fail(
          CheckCode.GPC_SETTINGS_COMPLETE,
          "The endpoint, the provider's ASID or the ODS code at the provider is missing.");
    } else {
      GpConnectTarget t = target.get();
      checks.pass(
          CheckCode.GPC_SETTINGS_COMPLETE,
          "Endpoint " + t.endpoint() + ", provider ASID " + t.providerAsid() + ".");
      answered = run(checks, t, at);
    }
    return new ConnectionTestResult(at, checks.all(), answered, 0)
        .took((System.nanoTime() - started) / 1_000_000);
  }

  /** The checks after the settings; true when the provider answered at all. */
  private boolean run(Checks checks, GpConnectTarget t, Instant at) {
    ProviderCapability capability;
    try {
      capability = client.capabilityStatement(t);
    } catch (PartnerException e) {
      checks.fail(CheckCode.GPC_ENDPOINT_REACHABLE, said(e));
      return false;
    }
    checks.pass(
        CheckCode.GPC_ENDPOINT_REACHABLE,
        "The provider answered: "
            + Optional.ofNullable(capability.softwareName()).orElse("software not named")
            + ".");
    String version = Optional.ofNullable(capability.specificationVersion()).orElse("none");
    if (!version.startsWith("1.2.")) {
      checks.fail(
          CheckCode.GPC_CAPABILITY,
          "The provider's capability statement gives version " + version + ", not 1.2.");
      return true;
    }
    checks.pass(CheckCode.GPC_CAPABILITY, "GP Connect version " + version + ".");
    try {
      Optional<ProviderOrganisation> org = client.findOrganisation(t, t.providerOds());
      if (org.isEmpty()) {
        checks.fail(
            CheckCode.GPC_ORGANISATION_FOUND,
            "The provider has no organisation with ODS code " + t.providerOds() + ".");
        return true;
      }
      checks.pass(
          CheckCode.GPC_ORGANISATION_FOUND,
          "The provider knows " + t.providerOds() + " as " + org.get().name() + ".");
    } catch (PartnerException e) {
      checks.fail(CheckCode.GPC_ORGANISATION_FOUND, said(e));
      return true;
    }
    try {
      int free = client.freeSlots(t, at, at.plus(Duration.ofDays(7))).size();
      checks.pass(
          CheckCode.GPC_SLOT_SEARCH_ALLOWED,
          free + " free slot" + (free == 1 ? "" : "s") + " in the next 7 days.");
    } catch (PartnerException e) {
      checks.fail(CheckCode.GPC_SLOT_SEARCH_ALLOWED, said(e));
      return true;
    }
    try {
      client.findPatient(t, NO_SUCH_PATIENT);
      checks.pass(
          CheckCode.GPC_PATIENT_SEARCH_ALLOWED,
          "The provider answered a search by NHS number (with a test number).");
    } catch (PartnerException e) {
      checks.fail(CheckCode.GPC_PATIENT_SEARCH_ALLOWED, said(e));
    }
    return true;
  }

  private static String said(PartnerException e) {
    return e.getMessage();
  }

  /** The checks so far; a failure marks the rest skipped. */
  private static final class Checks {
    private final List<ConnectionCheck> done = new ArrayList<>();

    void pass(CheckCode code, String detail) {
      done.add(ConnectionCheck.passed(code, detail));
    }

    void fail(CheckCode code, String detail) {
      done.add(ConnectionCheck.failed(code, detail, Fixes.forCheck(code, null)));
    }

    List<ConnectionCheck> all() {
      List<ConnectionCheck> checks = new ArrayList<>(done);
      List<CheckCode> codes = CheckCode.of(IntegrationRoute.GP_CONNECT);
      for (int i = checks.size(); i < codes.size(); i++) {
        checks.add(ConnectionCheck.skipped(codes.get(i)));
      }
      return checks;
    }
  }
}
