package uk.practiceconnect.sandbox.emis.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.practiceconnect.sandbox.emis.entity.EmasView;

/**
 * What the EMAS Manager page shows, as JavaBeans: Faces EL reads getters (not record components)
 * and the view-scoped page must be serialisable.
 */
public final class EmasRows {

  private static final DateTimeFormatter UK_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

  private EmasRows() {}

  /** An organisation to choose. */
  public static final class Option implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String cdb;
    private final String label;

    Option(String cdb, String name) {
      this.cdb = cdb;
      this.label = cdb + " – " + name;
    }

    public String getCdb() {
      return cdb;
    }

    public String getLabel() {
      return label;
    }
  }

  /** The chosen organisation's EMAS Manager state. */
  public static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    private String organisationName;
    private String applicationName;
    private boolean applicationActive;
    private List<UserRow> users;
    private List<CallRow> calls;

    static State of(EmasView view) {
      State s = new State();
      s.organisationName = view.name();
      s.applicationName = view.application().name();
      s.applicationActive = view.application().active();
      s.users = view.users().stream().map(UserRow::new).toList();
      s.calls = view.calls().stream().map(CallRow::new).toList();
      return s;
    }

    public String getOrganisationName() {
      return organisationName;
    }

    public String getApplicationName() {
      return applicationName;
    }

    public boolean isApplicationActive() {
      return applicationActive;
    }

    public List<UserRow> getUsers() {
      return users;
    }

    public List<CallRow> getCalls() {
      return calls;
    }
  }

  /** A user with their Login Access ticks, which the page edits. */
  public static final class UserRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String username;
    private final String rbacRole;
    private final boolean defaultRole;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final LocalDate contractEndDate;
    private final boolean partnerPasswordSet;
    private boolean allowLogin;
    private boolean autoLogin;

    UserRow(EmasView.User u) {
      username = u.username();
      rbacRole = u.rbacRole();
      defaultRole = u.defaultRole();
      enabled = u.enabled();
      mustChangePassword = u.mustChangePassword();
      contractEndDate = u.contractEndDate();
      partnerPasswordSet = u.partnerPasswordSet();
      allowLogin = u.allowLogin();
      autoLogin = u.autoLogin();
    }

    public String getUsername() {
      return username;
    }

    public String getRbacRole() {
      return rbacRole == null ? "None" : rbacRole;
    }

    public boolean isDefaultRole() {
      return defaultRole;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public boolean isMustChangePassword() {
      return mustChangePassword;
    }

    public String getContractEndDate() {
      return contractEndDate == null ? "None" : contractEndDate.toString();
    }

    public boolean isPartnerPasswordSet() {
      return partnerPasswordSet;
    }

    public boolean isAllowLogin() {
      return allowLogin;
    }

    public void setAllowLogin(boolean allowLogin) {
      this.allowLogin = allowLogin;
    }

    public boolean isAutoLogin() {
      return autoLogin;
    }

    public void setAutoLogin(boolean autoLogin) {
      this.autoLogin = autoLogin;
    }
  }

  /** One API call and whether it is active. */
  public static final class CallRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String call;
    private final boolean active;
    private final Instant deactivatedAt;

    CallRow(EmasView.Call c) {
      call = c.call();
      active = c.active();
      deactivatedAt = c.deactivatedAt();
    }

    public String getCall() {
      return call;
    }

    public boolean isActive() {
      return active;
    }

    public String getDeactivatedAt() {
      return deactivatedAt == null ? "" : UK_TIME.format(deactivatedAt);
    }
  }
}
