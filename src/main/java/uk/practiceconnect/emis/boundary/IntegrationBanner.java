package uk.practiceconnect.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.practice.control.Practices;

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
  private boolean loaded;

  public IntegrationStatusView getStatus() {
    if (!loaded) {
      loaded = true;
      if (current.getId() != null) {
        view = practices.byId(current.getId()).map(status::view).orElse(null);
      }
    }
    return view;
  }

  public boolean isShown() {
    return getStatus() != null && !getStatus().isOk();
  }

  public String getOds() {
    return current.getOds();
  }
}
