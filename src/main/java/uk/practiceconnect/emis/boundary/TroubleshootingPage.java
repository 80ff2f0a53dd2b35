package uk.practiceconnect.emis.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.emis.control.ConnectionTests;
import uk.practiceconnect.emis.control.Fixes;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.emis.entity.SetUpChecklist;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.practice.entity.IntegrationRoute;

/**
 * The troubleshooting page: the EMIS set-up checklist of the help page, each step ticked from the
 * last connection test, the first step with a problem opened with what to do, and a Run test
 * button. For a practice on GP Connect, the checks of its last GP Connect test instead (the EMIS
 * steps do not apply); a test of the route the practice no longer uses counts as no test.
 */
@Named
@ViewScoped
public class TroubleshootingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "runForm";

  @Inject IntegrationStatus status;
  @Inject ConnectionTests tests;
  @Inject CurrentPractice current;

  private ConnectionTestResult last;
  private boolean gpConnect;
  private String lastRunBy;
  private IntegrationStatusView view;
  private List<SetUpChecklist.Item> items = List.of();

  public void load() {
    if (current.getId() == null) {
      return;
    }
    var practice = current.practice();
    IntegrationRoute route = practice.integrationRoute();
    gpConnect = route == IntegrationRoute.GP_CONNECT;
    view = status.view(practice);
    Optional<ConnectionTestRun> run =
        status.lastTest(practice).filter(r -> r.result().checked(route));
    last = run.map(ConnectionTestRun::result).orElse(null);
    lastRunBy = run.map(ConnectionTestRun::runBy).orElse(null);
    items = gpConnect ? List.of() : SetUpChecklist.of(Optional.ofNullable(last));
  }

  public void runTest() {
    try {
      tests.run(current.caller(), current.forChange(), ConnectionTestRun.Origin.PAGE);
      load();
      FacesErrors.success(
          FORM,
          last != null && last.passed()
              ? "The test passed: every " + (gpConnect ? "check passed." : "step is done.")
              : "The test found a problem: see the "
                  + (gpConnect ? "check marked Failed." : "step marked Needs fixing."));
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public List<SetUpChecklist.Item> getItems() {
    return items;
  }

  public ConnectionTestResult getLast() {
    return last;
  }

  /** The practice books through GP Connect: its checks are shown, not the EMIS steps. */
  public boolean isGpConnect() {
    return gpConnect;
  }

  public boolean isTested() {
    return last != null;
  }

  public Instant getLastTestedAt() {
    return last == null ? null : last.checkedAt();
  }

  public String getLastRunBy() {
    return lastRunBy;
  }

  public String getEmasPath() {
    return Fixes.EMAS_PATH;
  }

  public IntegrationStatusView getStatus() {
    return view;
  }
}
