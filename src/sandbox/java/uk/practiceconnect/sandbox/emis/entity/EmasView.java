package uk.practiceconnect.sandbox.emis.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What EMAS Manager › Partner API shows for one organisation: the application with its state, the
 * users with their role and Login Access, and which API calls are active. Never holds a password.
 */
public record EmasView(
    String organisationId,
    String name,
    Application application,
    List<User> users,
    List<Call> calls) {

  /** The partner application in the EMAS Manager list (green tick when active). */
  public record Application(String applicationId, String name, boolean active) {}

  /**
   * A user as EMAS Manager lists it; {@code partnerPasswordSet} tells whether Edit Users has one.
   */
  public record User(
      String username,
      String rbacRole,
      boolean defaultRole,
      boolean enabled,
      boolean mustChangePassword,
      LocalDate contractEndDate,
      boolean allowLogin,
      boolean autoLogin,
      boolean partnerPasswordSet) {

    public static User of(EmisUser u) {
      return new User(
          u.username(),
          u.rbacRole(),
          u.defaultRole(),
          u.enabled(),
          u.mustChangePassword(),
          u.contractEndDate(),
          u.loginAccess().allowLogin(),
          u.loginAccess().autoLogin(),
          u.partnerPasswordHash() != null);
    }
  }

  /** One API call of the application; {@code deactivatedAt} is null while it is active. */
  public record Call(String call, boolean active, Instant deactivatedAt) {}
}
