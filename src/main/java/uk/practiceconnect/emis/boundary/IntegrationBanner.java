package uk.practiceconnect.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The banner on a practice's pages when its EMIS link is broken or not set up. It reads the stored
 * status only (one row by key): it never calls EMIS, so it costs a page next to nothing.
 */
@Named
@RequestScoped
public class IntegrationBanner {

  @Inject CurrentPractice current;
  @Inject Practices practices;
  @Inject IntegrationStatus status;

  private IntegrationStatusView view;
  private IntegrationRoute route = IntegrationRoute.EMIS;
  private boolean loaded;

  public IntegrationStatusView getStatus() {
    if (!loaded) {
      loaded = true;
      if (current.getId() != null) {
        Optional<Practice> practice = practices.byId(current.getId());
        practice.ifPresent(p -> route = p.integrationRoute());
        view = practice.map(status::view).orElse(null);
      }
    }
    return view;
  }

  /** "EMIS" or "GP Connect": the route the practice's status is about. */
  public String getLinkName() {
    getStatus();
    return route == IntegrationRoute.EMIS ? "EMIS" : route.label();
  }

  /** GP Connect's set-up lives on the Feature settings page, EMIS's checklist on its own page. */
  public String getFixPage() {
    getStatus();
    return route == IntegrationRoute.EMIS ? "/practice/troubleshooting" : "/practice/settings";
  }

  public boolean isShown() {
    return getStatus() != null && !getStatus().isOk();
  }

  public String getOds() {
    return current.getOds();
  }
}
