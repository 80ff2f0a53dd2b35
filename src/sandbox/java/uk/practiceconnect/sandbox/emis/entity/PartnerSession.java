package uk.practiceconnect.sandbox.emis.entity;

import java.time.Instant;

/**
 * An open partner session (kept in memory only). It holds the Login Access the user had at logon:
 * EMIS applies changes to Login Access only when the user logs on again.
 */
public final class PartnerSession {

  private final String token;
  private final Long organisationId;
  private final Cdb cdb;
  private final String username;
  private final String rbacRole;
  private final LoginAccess loginAccess;
  private volatile Instant lastUsed;

  public PartnerSession(
      String token,
      Long organisationId,
      Cdb cdb,
      String username,
      String rbacRole,
      LoginAccess loginAccess,
      Instant openedAt) {
    this.token = token;
    this.organisationId = organisationId;
    this.cdb = cdb;
    this.username = username;
    this.rbacRole = rbacRole;
    this.loginAccess = loginAccess;
    this.lastUsed = openedAt;
  }

  public String token() {
    return token;
  }

  public Long organisationId() {
    return organisationId;
  }

  public Cdb cdb() {
    return cdb;
  }

  public String username() {
    return username;
  }

  public String rbacRole() {
    return rbacRole;
  }

  public LoginAccess loginAccess() {
    return loginAccess;
  }

  public Instant lastUsed() {
    return lastUsed;
  }

  public void touch(Instant now) {
    lastUsed = now;
  }
}
