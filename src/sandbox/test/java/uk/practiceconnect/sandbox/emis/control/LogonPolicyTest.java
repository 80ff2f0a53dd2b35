package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.EmisOrganisation;
import uk.practiceconnect.sandbox.emis.entity.EmisUser;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

class LogonPolicyTest {

  static final String APP = "practice-connect";
  static final String PASSWORD = "Right-Password-1";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final String HASH = PasswordHashes.hash(PASSWORD);

  EmisOrganisation org;
  EmisUser user;

  @BeforeEach
  void aUserThatCanLogOn() {
    org = new EmisOrganisation(Cdb.of("50001"), "Riverside Surgery", Instant.EPOCH);
    user = new EmisUser(org, "practiceconnect", HASH);
    user.changeRole("Clinical Practitioner Access Role", true);
  }

  Optional<Outcome> logon(String password) {
    return logon(password, APP);
  }

  Optional<Outcome> logon(String password, String application) {
    return LogonPolicy.firstFailure(
            new LogonPolicy.Attempt("practiceconnect", password, application),
            org,
            user,
            APP,
            TODAY)
        .map(SandboxFailure::outcome);
  }

  @Test
  void aCorrectlySetUpUserLogsOn() {
    assertTrue(logon(PASSWORD).isEmpty());
  }

  @Test
  void unknownOrganisationComesFirst() {
    org = null;
    user = null;
    assertEquals(Optional.of(Outcome.ORGANISATION_NOT_FOUND), logon("anything"));
  }

  @Test
  void unknownUserAndWrongPasswordLookTheSame() {
    assertEquals(Optional.of(Outcome.INVALID_CREDENTIALS), logon("Wrong-Password"));
    user = null;
    assertEquals(Optional.of(Outcome.INVALID_CREDENTIALS), logon(PASSWORD));
  }

  @Test
  void wrongPasswordIsReportedBeforeEverySettingProblem() {
    user.changeStatus(false, true, TODAY.minusDays(1));
    user.changePartnerPassword(PasswordHashes.hash("Other"));
    user.changeRole(null, false);
    org.deactivateApplication();
    user.changeLoginAccess(new LoginAccess(false, false));
    assertEquals(Optional.of(Outcome.INVALID_CREDENTIALS), logon("Wrong-Password"));
  }

  @Test
  void disabledUserForcedPasswordChangeAndEndedContractAreOutcome5() {
    user.changeStatus(false, false, null);
    assertEquals(Optional.of(Outcome.USER_DISABLED), logon(PASSWORD));
    user.changeStatus(true, true, null);
    assertEquals(Optional.of(Outcome.USER_DISABLED), logon(PASSWORD));
    user.changeStatus(true, false, TODAY.minusDays(1));
    assertEquals(Optional.of(Outcome.USER_DISABLED), logon(PASSWORD));
    user.changeStatus(true, false, TODAY);
    assertTrue(logon(PASSWORD).isEmpty(), "a contract ending today is still current");
  }

  @Test
  void partnerPasswordMismatchIsOutcome3EvenWithTheRightEmisPassword() {
    user.changePartnerPassword(PasswordHashes.hash("Old-Password"));
    assertEquals(Optional.of(Outcome.PARTNER_PASSWORD_MISMATCH), logon(PASSWORD));
  }

  @Test
  void aPartnerPasswordSetAgainToTheSameValueMatches() {
    user.changePartnerPassword(PasswordHashes.hash(PASSWORD));
    assertTrue(logon(PASSWORD).isEmpty());
  }

  @Test
  void partnerPasswordIsCheckedBeforeTheRole() {
    user.changePartnerPassword(PasswordHashes.hash("Old-Password"));
    user.changeRole(null, false);
    assertEquals(Optional.of(Outcome.PARTNER_PASSWORD_MISMATCH), logon(PASSWORD));
  }

  @Test
  void missingRoleThenNonDefaultRole() {
    user.changeRole(null, true);
    assertEquals(Optional.of(Outcome.NO_RBAC_ROLE), logon(PASSWORD));
    user.changeRole("Clinical Practitioner Access Role", false);
    assertEquals(Optional.of(Outcome.RBAC_ROLE_NOT_DEFAULT), logon(PASSWORD));
  }

  @Test
  void deactivatedOrUnknownApplicationIsOutcome8BeforeLoginAccess() {
    user.changeLoginAccess(new LoginAccess(false, false));
    org.deactivateApplication();
    assertEquals(Optional.of(Outcome.APPLICATION_DEACTIVATED), logon(PASSWORD));
    org.activateApplication();
    assertEquals(Optional.of(Outcome.APPLICATION_DEACTIVATED), logon(PASSWORD, "someone-else"));
  }

  @Test
  void allowLoginIsCheckedBeforeAutoLogin() {
    user.changeLoginAccess(new LoginAccess(false, false));
    assertEquals(Optional.of(Outcome.LOGIN_NOT_ALLOWED), logon(PASSWORD));
    user.changeLoginAccess(new LoginAccess(true, false));
    assertEquals(Optional.of(Outcome.AUTO_LOGIN_OFF), logon(PASSWORD));
  }
}
