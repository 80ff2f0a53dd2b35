package uk.practiceconnect.gpconnect.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.gpconnect.control.GpConnectSettingsService;
import uk.practiceconnect.gpconnect.control.GpConnectTests;
import uk.practiceconnect.gpconnect.control.IntegrationRoutes;
import uk.practiceconnect.gpconnect.entity.GpConnectSettingsView;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The route choice and the GP Connect form of the Feature settings page. The forms shown follow the
 * route chosen on the page, not the one saved: a practice enters its GP Connect settings before it
 * may switch, so the GP Connect form has to be there while EMIS is still in use.
 */
@Named
@ViewScoped
public class GpConnectSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String ROUTE_FORM = "routeForm";
  static final String GPC_FORM = "gpcForm";
  static final String GPC_TEST_FORM = "gpcTestForm";

  @Inject GpConnectSettingsService settings;
  @Inject IntegrationRoutes routes;
  @Inject GpConnectTests tests;
  @Inject CurrentPractice current;

  private GpConnectSettingsView shown;
  private IntegrationRoute inUse;
  private String route;
  private String endpoint;
  private String providerAsid;
  private String providerOdsCode;
  private ConnectionTestResult testResult;

  @PostConstruct
  void init() {
    shown = GpConnectSettingsView.empty();
    inUse = IntegrationRoute.EMIS;
    route = inUse.name();
  }

  /** Tests the saved GP Connect settings (stored as the practice's status once it uses them). */
  public void testConnection() {
    try {
      testResult = tests.run(current.caller(), current.forChange(), ConnectionTestRun.Origin.PAGE);
    } catch (DomainException e) {
      FacesErrors.show(e, GPC_TEST_FORM);
    }
  }

  public ConnectionTestResult getTestResult() {
    return testResult;
  }

  /** After the practice is known (view action). */
  public void load() {
    if (current.getId() == null) {
      return;
    }
    Practice practice = current.practice();
    show(settings.view(practice));
    inUse = routes.route(practice);
    route = inUse.name();
  }

  public void saveRoute() {
    try {
      inUse = routes.change(current.caller(), current.forChange(), route);
      route = inUse.name();
      FacesErrors.success(
          ROUTE_FORM,
          "Saved. Practice Connect reaches your appointment book through " + inUse.label() + ".");
    } catch (DomainException e) {
      FacesErrors.show(e, ROUTE_FORM);
    }
  }

  public void saveGpConnect() {
    try {
      show(
          settings.change(
              current.caller(),
              current.forChange(),
              endpoint,
              providerAsid,
              providerOdsCode,
              shown.version()));
      FacesErrors.success(
          GPC_FORM,
          inUse == IntegrationRoute.GP_CONNECT
              ? "GP Connect settings saved."
              : "GP Connect settings saved. Practice Connect still uses the EMIS partner API:"
                  + " choose GP Connect at the top of the page and save the route to switch.");
    } catch (DomainException e) {
      FacesErrors.show(e, GPC_FORM);
    }
  }

  private void show(GpConnectSettingsView view) {
    shown = view;
    endpoint = view.endpoint();
    providerAsid = view.providerAsid();
    providerOdsCode = view.providerOdsCode();
  }

  /** Whether the GP Connect form is shown (rather than EMIS's). */
  public boolean isGpConnectChosen() {
    return IntegrationRoute.GP_CONNECT.name().equals(route);
  }

  /** Whether the route chosen on the page is not yet the one in use. */
  public boolean isChoiceUnsaved() {
    return !inUse.name().equals(route);
  }

  public String getInUse() {
    return inUse.label();
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

  public String getRoute() {
    return route;
  }

  public void setRoute(String route) {
    this.route = route;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getProviderAsid() {
    return providerAsid;
  }

  public void setProviderAsid(String providerAsid) {
    this.providerAsid = providerAsid;
  }

  public String getProviderOdsCode() {
    return providerOdsCode;
  }

  public void setProviderOdsCode(String providerOdsCode) {
    this.providerOdsCode = providerOdsCode;
  }
}
