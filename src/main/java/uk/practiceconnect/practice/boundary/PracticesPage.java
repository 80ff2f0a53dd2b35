package uk.practiceconnect.practice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.control.Users;
import uk.practiceconnect.practice.entity.Practice;

/** The support desk's list of practices, with forms to add a practice and a practice admin. */
@Named
@ViewScoped
public class PracticesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String PRACTICE_FORM = "practiceForm";
  static final String ADMIN_FORM = "adminForm";
  static final String RESET_FORM = "resetForm";

  /** A row of the table (EL reads getters, not record components). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String odsCode;
    private final String name;
    private final String admins;

    Row(String odsCode, String name, String admins) {
      this.odsCode = odsCode;
      this.name = name;
      this.admins = admins;
    }

    public String getOdsCode() {
      return odsCode;
    }

    public String getName() {
      return name;
    }

    public String getAdmins() {
      return admins;
    }
  }

  @Inject Practices practices;
  @Inject Users users;
  @Inject CurrentCaller caller;

  private List<Row> rows;
  private String newOdsCode;
  private String newName;
  private String adminOds;
  private String adminUsername;
  private String adminName;
  private String adminPassword;
  private String resetUsername;
  private String resetPassword;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    rows =
        practices.visibleTo(caller.get()).stream()
            .map(
                p ->
                    new Row(
                        p.odsCode().value(),
                        p.name().value(),
                        String.join(
                            ", ",
                            users.adminsOf(p).stream()
                                .map(u -> u.displayName() + " (" + u.username() + ")")
                                .toList())))
            .toList();
  }

  public void addPractice() {
    try {
      Practice added = practices.create(caller.get(), newOdsCode, newName);
      FacesErrors.success(
          PRACTICE_FORM,
          "Added " + added.name() + " (" + added.odsCode() + "). Now add its practice admin.");
      adminOds = added.odsCode().value();
      newOdsCode = null;
      newName = null;
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, PRACTICE_FORM);
    }
  }

  public void addAdmin() {
    try {
      Practice practice;
      try {
        practice = practices.readable(caller.get(), adminOds);
      } catch (DomainException e) {
        throw DomainException.invalid("practice", "Choose the practice this person works at");
      }
      var user =
          users.addPracticeAdmin(caller.get(), practice, adminUsername, adminName, adminPassword);
      FacesErrors.success(
          ADMIN_FORM,
          user.displayName()
              + " can now sign in as "
              + user.username()
              + " to manage "
              + practice.name()
              + ". Give them the password in person or by phone, not by email.");
      adminUsername = null;
      adminName = null;
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, ADMIN_FORM);
    } finally {
      adminPassword = null;
    }
  }

  public void setPassword() {
    try {
      var user = users.setPassword(caller.get(), resetUsername, resetPassword);
      FacesErrors.success(
          RESET_FORM,
          user.displayName()
              + " ("
              + user.username()
              + ") can sign in with the new password now. Tell it to them in person or by phone.");
      resetUsername = null;
    } catch (DomainException e) {
      FacesErrors.show(e, RESET_FORM);
    } finally {
      resetPassword = null;
    }
  }

  public String getResetUsername() {
    return resetUsername;
  }

  public void setResetUsername(String v) {
    this.resetUsername = v;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String v) {
    this.resetPassword = v;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNewOdsCode() {
    return newOdsCode;
  }

  public void setNewOdsCode(String v) {
    newOdsCode = v;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String v) {
    newName = v;
  }

  public String getAdminOds() {
    return adminOds;
  }

  public void setAdminOds(String v) {
    adminOds = v;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String v) {
    adminUsername = v;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String v) {
    adminName = v;
  }

  public String getAdminPassword() {
    return null;
  }

  public void setAdminPassword(String v) {
    adminPassword = v;
  }
}
