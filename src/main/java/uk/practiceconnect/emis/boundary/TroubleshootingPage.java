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

/**
 * The troubleshooting page: the EMIS set-up checklist of the help page, each step ticked from the
 * last connection test, the first step with a problem opened with what to do, and a Run test
 * button.
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
  private String lastRunBy;
  private IntegrationStatusView view;
  private List<SetUpChecklist.Item> items = List.of();

  public void load() {
    if (current.getId() == null) {
      return;
    }
    var practice = current.practice();
    view = status.view(practice);
    Optional<ConnectionTestRun> run = status.lastTest(practice);
    last = run.map(ConnectionTestRun::result).orElse(null);
    lastRunBy = run.map(ConnectionTestRun::runBy).orElse(null);
    items = SetUpChecklist.of(Optional.ofNullable(last));
  }

  public void runTest() {
    try {
      tests.run(current.caller(), current.forChange(), ConnectionTestRun.Origin.PAGE);
      load();
      FacesErrors.success(
          FORM,
          last != null && last.passed()
              ? "The test passed: every step is done."
              : "The test found a problem: see the step marked Needs fixing.");
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
