package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
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
    if (!caller.isPlatformAdmin()) {
      throw DomainException.forbidden("Only the support desk can add practice admins");
    }
    var v = new Validation();
    Username username = v.field("username", rawUsername, Username::of);
    String name = v.field("displayName", rawName, Users::displayName);
    String hash = v.field("password", password, hasher::hashNew);
    v.throwIfInvalid();
    if (find(username).isPresent()) {
      throw new DomainException(
          ErrorCode.CONFLICT,
          "The username " + username + " is taken",
          List.of(
              new uk.practiceconnect.platform.entity.FieldError(
                  "username", "The username " + username + " is taken: choose another")));
    }
    AppUser user = AppUser.practiceAdmin(username, name, hash, practice, clock.instant());
    em.persist(user);
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "PRACTICE_ADMIN_ADDED",
        "username",
        "Added practice admin " + username);
    return user;
  }

  static String displayName(String raw) {
    Text.required(raw, "Enter the person's full name");
    String name = raw.strip();
    Text.maxLength(name, 120, "The name");
    if (Text.hasControlCharacters(name)) {
      throw new InvalidValueException("The name must be plain text on one line");
    }
    return name;
  }
}
