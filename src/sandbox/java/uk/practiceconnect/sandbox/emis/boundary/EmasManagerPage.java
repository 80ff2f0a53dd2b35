package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.practiceconnect.sandbox.emis.control.EmasManager;
import uk.practiceconnect.sandbox.emis.control.Organisations;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.EmasView;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The sandbox's EMAS Manager › Partner API page: a person trying the demo breaks and fixes the EMIS
 * side by hand (deactivate the application, untick Login Access, change the Edit Users password,
 * switch off one API call) and watches Practice Connect notice.
 */
@Named("emasManager")
@ViewScoped
public class EmasManagerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EmasManager emas;
  @Inject Organisations organisations;

  private List<EmasRows.Option> options = List.of();
  private String cdb;
  private EmasRows.State state;
  private String editUser;
  private String partnerPassword;

  @PostConstruct
  void init() {
    options =
        organisations.all().stream()
            .map(o -> new EmasRows.Option(o.cdb().value(), o.name()))
            .toList();
    if (!options.isEmpty()) {
      cdb = options.get(0).getCdb();
    }
  }

  /** Shows the chosen organisation (also on a first visit with ?cdb=...). */
  public void open() {
    state = null;
    if (cdb == null || cdb.isBlank()) {
      return;
    }
    try {
      reload();
    } catch (SandboxFailure e) {
      error(e.getMessage());
    }
  }

  public void deactivate() {
    act(
        () -> emas.deactivateApplication(cdb()),
        "Practice Connect is deactivated: every API call now fails.");
  }

  public void activate() {
    boolean[] reset = {false};
    act(
        () -> reset[0] = emas.activateApplication(cdb()),
        () ->
            reset[0]
                ? "Practice Connect is active again, and every API call that was deactivated works"
                    + " again."
                : "Practice Connect was already active: nothing changed. Deactivate it first to"
                    + " reset deactivated API calls.");
  }

  public void saveLoginAccess() {
    act(
        () -> {
          for (EmasRows.UserRow u : state.getUsers()) {
            emas.setLoginAccess(
                cdb(), u.getUsername(), new LoginAccess(u.isAllowLogin(), u.isAutoLogin()));
          }
        },
        "Login Access saved. It takes effect when the user next logs on.");
  }

  public void savePartnerPassword() {
    if (partnerPassword == null || partnerPassword.isEmpty()) {
      error("Enter the password to give the user under Edit Users.");
      return;
    }
    String user = editUser;
    String password = partnerPassword;
    partnerPassword = null;
    act(
        () -> emas.setPartnerPassword(cdb(), user, password),
        "Partner password set for " + user + ".");
  }

  public void deactivateCall(String call) {
    act(
        () ->
            emas.deactivateCall(
                cdb(),
                PartnerCall.named(call)
                    .orElseThrow(() -> SandboxFailure.notFound("No call " + call))),
        "The API call "
            + call
            + " is deactivated. Deactivate and activate the application to reset it.");
  }

  private void act(Runnable change, String success) {
    act(change, () -> success);
  }

  private void act(Runnable change, java.util.function.Supplier<String> success) {
    if (state == null) {
      error("Choose an organisation first.");
      return;
    }
    try {
      change.run();
      reload();
      info(success.get());
    } catch (RuntimeException e) {
      SandboxFailure failure = Failures.find(e);
      error(failure != null ? failure.getMessage() : "That did not work. Please try again.");
    }
  }

  private void reload() {
    EmasView view = emas.view(cdb());
    state = EmasRows.State.of(view);
    List<String> names = new ArrayList<>();
    state.getUsers().forEach(u -> names.add(u.getUsername()));
    if (editUser == null || !names.contains(editUser)) {
      editUser = names.isEmpty() ? null : names.get(0);
    }
  }

  private Cdb cdb() {
    return Cdb.of(cdb);
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<EmasRows.Option> getOptions() {
    return options;
  }

  public String getCdb() {
    return cdb;
  }

  public void setCdb(String cdb) {
    this.cdb = cdb;
  }

  public EmasRows.State getState() {
    return state;
  }

  public String getEditUser() {
    return editUser;
  }

  public void setEditUser(String editUser) {
    this.editUser = editUser;
  }

  public String getPartnerPassword() {
    return null;
  }

  public void setPartnerPassword(String partnerPassword) {
    this.partnerPassword = partnerPassword;
  }
}
