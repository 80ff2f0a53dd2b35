package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.DatabaseErrors;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.AppUser;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.Username;

/** The people who sign in: adding practice admins (by the support desk) and finding users. */
@ApplicationScoped
public class Users {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SignInThrottle throttle;

  public Optional<AppUser> find(Username username) {
    return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
        .setParameter("u", username.value())
        .getResultStream()
        .findFirst();
  }

  public List<AppUser> adminsOf(Practice practice) {
    return em.createNamedQuery(AppUser.BY_PRACTICE, AppUser.class)
        .setParameter("p", practice.id())
        .getResultList();
  }

  @Transactional
  public AppUser addPracticeAdmin(
      Caller caller, Practice practice, String rawUsername, String rawName, String password) {
    return add(caller, practice, rawUsername, rawName, password, false);
  }

  /**
   * A demo mode sign-in: a practice admin, or the support desk when {@code practiceOrNull} is null.
   * Marked as demo, so it is switched off when the application starts with demo mode off.
   */
  @Transactional
  public AppUser addDemoSignIn(
      Caller caller, Practice practiceOrNull, String rawUsername, String rawName, String password) {
    return add(caller, practiceOrNull, rawUsername, rawName, password, true);
  }

  /**
   * The support desk sets a practice admin a new password (they forgot it, or sign-in is locked
   * after too many wrong ones): audited, never the password itself, and the username's failed
   * attempts are forgiven, so they can sign in with it at once.
   */
  @Transactional
  public AppUser setPassword(Caller caller, String rawUsername, String password) {
    if (!caller.isPlatformAdmin()) {
      throw DomainException.forbidden("Only the support desk can set passwords");
    }
    var v = new Validation();
    Username username = v.field("resetUsername", rawUsername, Username::of);
    String hash = v.field("resetPassword", password, hasher::hashNew);
    v.throwIfInvalid();
    AppUser user =
        find(username)
            .filter(u -> u.practiceId() != null)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "resetUsername",
                        "There is no practice admin with the username " + username));
    user.newPassword(hash);
    Practice practice = em.find(Practice.class, user.practiceId());
    audit.record(
        caller,
        user.practiceId(),
        practice == null ? null : practice.odsCode().value(),
        "PASSWORD_SET",
        "password",
        "Set a new password for " + user.username());
    throttle.forgive(user.username().value());
    return user;
  }

  /** How many support-desk sign-ins can still sign in. */
  public long workingPlatformAdmins() {
    return em.createNamedQuery(AppUser.WORKING_PLATFORM_ADMINS, Long.class).getSingleResult();
  }

  /**
   * The first support-desk sign-in of a new installation, from configuration; see {@link
   * FirstPlatformAdmin}.
   */
  @Transactional
  public AppUser addFirstPlatformAdmin(
      Caller caller, String rawUsername, String rawName, String password) {
    return add(caller, null, rawUsername, rawName, password, false);
  }

  /**
   * Switches off every demo sign-in that still works (demo mode is off, but the database was first
   * started with it). Returns their usernames.
   */
  @Transactional
  public List<String> disableDemoSignIns(Caller caller) {
    List<AppUser> demo = em.createNamedQuery(AppUser.DEMO_SIGN_INS, AppUser.class).getResultList();
    for (AppUser user : demo) {
      user.disable(clock.instant());
      Practice practice =
          user.practiceId() == null ? null : em.find(Practice.class, user.practiceId());
      audit.record(
          caller,
          user.practiceId(),
          practice == null ? null : practice.odsCode().value(),
          "SIGN_IN_DISABLED",
          "username",
          "Switched off demo sign-in " + user.username() + ": demo mode is off");
    }
    return demo.stream().map(u -> u.username().value()).toList();
  }

  private AppUser add(
      Caller caller,
      Practice practiceOrNull,
      String rawUsername,
      String rawName,
      String password,
      boolean demo) {
    if (!caller.isPlatformAdmin()) {
      throw DomainException.forbidden("Only the support desk can add practice admins");
    }
    var v = new Validation();
    Username username = v.field("username", rawUsername, Username::of);
    String name = v.field("displayName", rawName, Users::displayName);
    String hash = v.field("password", password, hasher::hashNew);
    v.throwIfInvalid();
    if (find(username).isPresent()) {
      throw taken(username);
    }
    Instant now = clock.instant();
    AppUser user =
        practiceOrNull == null
            ? AppUser.platformAdmin(username, name, hash, now)
            : AppUser.practiceAdmin(username, name, hash, practiceOrNull, now);
    if (demo) {
      user.asDemo();
    }
    try {
      em.persist(user);
      em.flush();
    } catch (PersistenceException e) {
      if (DatabaseErrors.isUniqueViolation(e)) { // taken by someone else since the check above
        throw taken(username);
      }
      throw e;
    }
    audit.record(
        caller,
        practiceOrNull == null ? null : practiceOrNull.id(),
        practiceOrNull == null ? null : practiceOrNull.odsCode().value(),
        practiceOrNull == null ? "PLATFORM_ADMIN_ADDED" : "PRACTICE_ADMIN_ADDED",
        "username",
        (practiceOrNull == null ? "Added platform admin " : "Added practice admin ") + username);
    return user;
  }

  private static DomainException taken(Username username) {
    return new DomainException(
        ErrorCode.CONFLICT,
        "The username " + username + " is taken",
        List.of(
            new FieldError("username", "The username " + username + " is taken: choose another")));
  }

  static String displayName(String raw) {
    Text.required(raw, "Enter the person's full name");
    String name = raw.strip();
    Text.maxLength(name, 120, "The name");
    if (Text.hasUnreadableCharacters(name)) {
      throw new InvalidValueException(
          "The name must be plain text on one line, without hidden or direction-changing characters");
    }
    return name;
  }
}
