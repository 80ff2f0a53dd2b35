package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.DeactivatedCall;
import uk.practiceconnect.sandbox.emis.entity.EmasView;
import uk.practiceconnect.sandbox.emis.entity.EmisOrganisation;
import uk.practiceconnect.sandbox.emis.entity.EmisUser;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * What a practice does in EMAS Manager › Partner API, plus creating users (which real EMIS does
 * elsewhere): the changes that make a partner logon succeed or fail.
 */
@ApplicationScoped
public class EmasManager {

  @PersistenceContext EntityManager em;
  @Inject Organisations organisations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sandbox.emis.application-id", defaultValue = "practice-connect")
  String applicationId;

  @Inject
  @ConfigProperty(name = "sandbox.emis.application-name", defaultValue = "Practice Connect")
  String applicationName;

  /** A user's settings as the admin face sets them; a null password keeps the current one. */
  public record UserSettings(
      String password,
      String rbacRole,
      boolean defaultRole,
      boolean enabled,
      boolean mustChangePassword,
      LocalDate contractEndDate) {}

  /**
   * Creates or changes a user, creating the organisation on first use. A new user gets its partner
   * password equal to the EMIS password and both Login Access ticks; changing an existing user's
   * EMIS password leaves the partner password alone (and so gives outcome 3 until Edit Users is set
   * again, as in EMIS).
   *
   * @return true when the user is new
   */
  @Transactional
  public boolean putUser(Cdb cdb, String username, UserSettings settings) {
    checkUsername(username);
    EmisOrganisation org = organisations.findOrCreate(cdb, null);
    EmisUser user = organisations.user(org, username).orElse(null);
    boolean created = user == null;
    if (created) {
      user =
          new EmisUser(
              org, username.strip(), PasswordHashes.hash(requirePassword(settings.password())));
      em.persist(user);
    } else if (settings.password() != null) {
      user.changePassword(PasswordHashes.hash(requirePassword(settings.password())));
    }
    user.changeRole(settings.rbacRole(), settings.defaultRole());
    user.changeStatus(
        settings.enabled(), settings.mustChangePassword(), settings.contractEndDate());
    return created;
  }

  /** EMAS Manager › Partner API › Edit Users: the password the partner application expects. */
  @Transactional
  public void setPartnerPassword(Cdb cdb, String username, String password) {
    EmisUser user = organisations.requireUser(organisations.require(cdb), username);
    user.changePartnerPassword(PasswordHashes.hash(requirePassword(password)));
  }

  /**
   * EMAS Manager › Partner API › Login Access. Open sessions keep the access they logged on with.
   */
  @Transactional
  public void setLoginAccess(Cdb cdb, String username, LoginAccess access) {
    organisations.requireUser(organisations.require(cdb), username).changeLoginAccess(access);
  }

  /** The red cross: every call of every open session fails from now on. */
  @Transactional
  public void deactivateApplication(Cdb cdb) {
    organisations.require(cdb).deactivateApplication();
  }

  /**
   * The green tick: a deactivated application works again, and so does every call that was
   * deactivated. Activating an application that is already active changes nothing: a deactivated
   * call stays off until the application is deactivated and then activated.
   *
   * @return true when the application was deactivated (and so was reset)
   */
  @Transactional
  public boolean activateApplication(Cdb cdb) {
    EmisOrganisation org = organisations.require(cdb);
    if (org.applicationActive()) {
      return false;
    }
    org.activateApplication();
    em.createQuery("delete from SbxEmisDeactivatedCall d where d.organisationId = :org")
        .setParameter("org", org.id())
        .executeUpdate();
    return true;
  }

  /** What EMIS does on its own now and then: one API call stops working for the application. */
  @Transactional
  public void deactivateCall(Cdb cdb, PartnerCall call) {
    if (!call.deactivatable()) {
      throw SandboxFailure.badRequest(call.callName() + " cannot be deactivated on its own");
    }
    EmisOrganisation org = organisations.require(cdb);
    if (!deactivatedCalls(org).containsKey(call.callName())) {
      em.persist(new DeactivatedCall(org.id(), call, clock.instant()));
    }
  }

  @Transactional
  public EmasView view(Cdb cdb) {
    EmisOrganisation org = organisations.require(cdb);
    Map<String, Instant> deactivated = deactivatedCalls(org);
    List<EmasView.Call> calls =
        PartnerCall.deactivatableCalls().stream()
            .map(
                c ->
                    new EmasView.Call(
                        c.callName(),
                        !deactivated.containsKey(c.callName()),
                        deactivated.get(c.callName())))
            .toList();
    return new EmasView(
        org.cdb().value(),
        org.name(),
        new EmasView.Application(applicationId, applicationName, org.applicationActive()),
        organisations.users(org).stream().map(EmasView.User::of).toList(),
        calls);
  }

  public String applicationId() {
    return applicationId;
  }

  private Map<String, Instant> deactivatedCalls(EmisOrganisation org) {
    return em.createQuery(
            "select d from SbxEmisDeactivatedCall d where d.organisationId = :org",
            DeactivatedCall.class)
        .setParameter("org", org.id())
        .getResultStream()
        .collect(Collectors.toMap(DeactivatedCall::callName, DeactivatedCall::deactivatedAt));
  }

  private static void checkUsername(String username) {
    if (username == null
        || username.isBlank()
        || username.strip().length() > 60
        || !username.strip().chars().allMatch(c -> c > ' ' && c != 0x7f)) {
      throw SandboxFailure.badRequest("username must be 1 to 60 characters without spaces");
    }
  }

  private static String requirePassword(String password) {
    if (password == null || password.isEmpty()) {
      throw SandboxFailure.badRequest("password is missing");
    }
    if (password.length() > 200) {
      throw SandboxFailure.badRequest("password must be at most 200 characters");
    }
    return password;
  }
}
