package uk.practiceconnect.sandbox.emis.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.practiceconnect.sandbox.emis.entity.EmisOrganisation;
import uk.practiceconnect.sandbox.emis.entity.EmisUser;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The logon checks in the order the contract fixes (docs/emis-partner-api.md): the first that fails
 * decides the outcome, so a client can tell the practice exactly which setting to fix.
 */
public final class LogonPolicy {

  private LogonPolicy() {}

  /** The logon attempt as the partner sent it. */
  public record Attempt(String username, String password, String applicationId) {}

  /**
   * The first failed check, or empty when the user may log on.
   *
   * @param organisation null when no organisation has the CDB asked for
   * @param user null when the organisation has no such user
   * @param knownApplicationId the id of the one partner application the sandbox models
   */
  public static Optional<SandboxFailure> firstFailure(
      Attempt attempt,
      EmisOrganisation organisation,
      EmisUser user,
      String knownApplicationId,
      LocalDate today) {
    if (organisation == null) {
      return fail(Outcome.ORGANISATION_NOT_FOUND, "No EMIS organisation has this organisation ID");
    }
    if (user == null || !PasswordHashes.matches(attempt.password(), user.passwordHash())) {
      return fail(Outcome.INVALID_CREDENTIALS, "Unknown user or wrong password");
    }
    String name = user.username();
    if (!user.enabled()) {
      return fail(Outcome.USER_DISABLED, "User " + name + " is disabled in EMIS");
    }
    if (user.mustChangePassword()) {
      return fail(
          Outcome.USER_DISABLED, "User " + name + " is set to change password at next sign-in");
    }
    if (user.contractEndDate() != null && user.contractEndDate().isBefore(today)) {
      return fail(
          Outcome.USER_DISABLED,
          "User " + name + " has a contract end date in the past (" + user.contractEndDate() + ")");
    }
    if (!partnerPasswordMatches(attempt.password(), user)) {
      return fail(
          Outcome.PARTNER_PASSWORD_MISMATCH,
          "The Edit Users password of user "
              + name
              + " in EMAS Manager › Partner API differs from the EMIS password");
    }
    if (user.rbacRole() == null) {
      return fail(Outcome.NO_RBAC_ROLE, "User " + name + " has no RBAC role");
    }
    if (!user.defaultRole()) {
      return fail(
          Outcome.RBAC_ROLE_NOT_DEFAULT,
          "The RBAC role '" + user.rbacRole() + "' of user " + name + " is not marked Default");
    }
    if (!knownApplicationId.equals(attempt.applicationId())) {
      return fail(
          Outcome.APPLICATION_DEACTIVATED,
          "No active partner application with id '" + attempt.applicationId() + "'");
    }
    if (!organisation.applicationActive()) {
      return fail(
          Outcome.APPLICATION_DEACTIVATED,
          "The partner application is deactivated in EMAS Manager › Partner API");
    }
    LoginAccess access = user.loginAccess();
    if (!access.allowLogin()) {
      return fail(Outcome.LOGIN_NOT_ALLOWED, "Allow Login is not ticked for user " + name);
    }
    if (!access.autoLogin()) {
      return fail(Outcome.AUTO_LOGIN_OFF, "Auto Login is not ticked for user " + name);
    }
    return Optional.empty();
  }

  /**
   * The EMIS password is already known to be right, so the partner password matches exactly when it
   * is the same password. A user created with both equal shares one hash: no second PBKDF2.
   */
  private static boolean partnerPasswordMatches(String password, EmisUser user) {
    String partner = user.partnerPasswordHash();
    return partner != null
        && (partner.equals(user.passwordHash()) || PasswordHashes.matches(password, partner));
  }

  private static Optional<SandboxFailure> fail(Outcome outcome, String error) {
    return Optional.of(outcome.failure(error));
  }
}
