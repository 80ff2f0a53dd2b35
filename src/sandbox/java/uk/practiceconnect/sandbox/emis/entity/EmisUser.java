package uk.practiceconnect.sandbox.emis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An EMIS user of one organisation, with what EMAS Manager keeps about it for the partner
 * application: the Edit Users (partner) password and the two Login Access ticks. Passwords are kept
 * only as salted hashes.
 */
@Entity(name = "SbxEmisUser")
@Table(name = "sbx_emis_user")
public class EmisUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private EmisOrganisation organisation;

  @Column(nullable = false, length = 60)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "partner_password_hash", length = 200)
  private String partnerPasswordHash;

  @Column(name = "rbac_role", length = 100)
  private String rbacRole;

  @Column(name = "default_role", nullable = false)
  private boolean defaultRole;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "contract_end_date")
  private LocalDate contractEndDate;

  @Column(name = "allow_login", nullable = false)
  private boolean allowLogin;

  @Column(name = "auto_login", nullable = false)
  private boolean autoLogin;

  protected EmisUser() {}

  /**
   * A new user as the sandbox's admin face creates it: the partner password equal to the EMIS
   * password and both Login Access ticks on, so a fresh user can log on.
   */
  public EmisUser(EmisOrganisation organisation, String username, String passwordHash) {
    this.organisation = organisation;
    this.username = username;
    this.passwordHash = passwordHash;
    this.partnerPasswordHash = passwordHash;
    this.enabled = true;
    this.allowLogin = true;
    this.autoLogin = true;
  }

  public Long id() {
    return id;
  }

  public EmisOrganisation organisation() {
    return organisation;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String partnerPasswordHash() {
    return partnerPasswordHash;
  }

  public String rbacRole() {
    return rbacRole;
  }

  public boolean defaultRole() {
    return defaultRole;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public LocalDate contractEndDate() {
    return contractEndDate;
  }

  public LoginAccess loginAccess() {
    return new LoginAccess(allowLogin, autoLogin);
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  public void changePartnerPassword(String newHash) {
    this.partnerPasswordHash = newHash;
  }

  public void changeRole(String rbacRole, boolean defaultRole) {
    this.rbacRole = rbacRole == null || rbacRole.isBlank() ? null : rbacRole.strip();
    this.defaultRole = defaultRole;
  }

  public void changeStatus(boolean enabled, boolean mustChangePassword, LocalDate contractEndDate) {
    this.enabled = enabled;
    this.mustChangePassword = mustChangePassword;
    this.contractEndDate = contractEndDate;
  }

  public void changeLoginAccess(LoginAccess access) {
    this.allowLogin = access.allowLogin();
    this.autoLogin = access.autoLogin();
  }
}
