package uk.practiceconnect.emis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.emis.control.ConnectionTests;
import uk.practiceconnect.emis.control.EmisSettingsService;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/**
 * The Feature settings page: two forms that save on their own, as the EMIS help page describes, and
 * the Test connection button. The page remembers the version it showed, so a save over someone
 * else's newer change is refused with a "reload" message instead of overwriting it.
 */
@Named
@ViewScoped
public class EmisSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String ORG_FORM = "orgForm";
  static final String USER_FORM = "userForm";
  static final String TEST_FORM = "testForm";

  @Inject EmisSettingsService settings;
  @Inject ConnectionTests tests;
  @Inject CurrentPractice current;

  private EmisSettingsView shown;
  private String organisationId;
  private String username;
  private String password;
  private ConnectionTestResult testResult;

  @PostConstruct
  void init() {
    shown = EmisSettingsView.empty();
  }

  /** After the practice is known (view action). */
  public void load() {
    if (current.getId() == null) {
      return;
    }
    show(settings.view(current.practice()));
  }

  public void updateOrganisationId() {
    try {
      show(
          settings.changeOrganisationId(
              current.caller(), current.forChange(), organisationId, shown.version()));
      FacesErrors.success(ORG_FORM, "EMIS Organisation ID saved: " + shown.organisationId());
    } catch (DomainException e) {
      FacesErrors.show(e, ORG_FORM);
    }
  }

  public void updateApiUser() {
    try {
      show(
          settings.changeApiUser(
              current.caller(), current.forChange(), username, password, shown.version()));
      FacesErrors.success(
          USER_FORM, "EMIS API user details saved for " + shown.apiUsername() + ".");
    } catch (DomainException e) {
      FacesErrors.show(e, USER_FORM);
    } finally {
      password = null; // never sent back to the browser
    }
  }

  /** Runs the connection test with a fresh EMIS session and shows every check. */
  public void testConnection() {
    try {
      testResult = tests.run(current.caller(), current.forChange(), ConnectionTestRun.Origin.PAGE);
    } catch (DomainException e) {
      FacesErrors.show(e, TEST_FORM);
    }
  }

  public ConnectionTestResult getTestResult() {
    return testResult;
  }

  public List<ConnectionCheck> getChecks() {
    return testResult == null ? List.of() : testResult.checks();
  }

  private void show(EmisSettingsView view) {
    shown = view;
    organisationId = view.organisationId();
    username = view.apiUsername();
    password = null;
  }

  public boolean isPasswordSet() {
    return shown.apiPasswordSet();
  }

  public boolean isChangedBefore() {
    return shown.updatedAt() != null;
  }

  public Instant getUpdatedAt() {
    return shown.updatedAt();
  }

  public String getUpdatedBy() {
    return shown.updatedBy();
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
