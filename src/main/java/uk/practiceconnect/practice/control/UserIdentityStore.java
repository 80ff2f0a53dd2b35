package uk.practiceconnect.practice.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.platform.control.Attempts.Ticket;
import uk.practiceconnect.platform.control.TtlCache;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.entity.AppUser;

/** Checks sign-ins against the users in the database; their role becomes their group. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  static final Duration GROUPS_FOR = Duration.ofSeconds(1);

  // verifying against a fixed hash keeps the time of "no such user" like that of "wrong password"
  private static final String DUMMY_SALT_HASH_SEED = "no-such-user-placeholder";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;
  private volatile String dummyHash;
  private TtlCache<String, Set<String>> groups;

  @PostConstruct
  void start() {
    groups = new TtlCache<>(GROUPS_FOR, 10_000, clock);
  }

  /**
   * The groups of a signed-in user whose session says who they are (see {@code StaffSession});
   * empty when the user no longer exists or may no longer sign in. Kept {@link #GROUPS_FOR}, so a
   * change made on any instance holds everywhere within that time.
   */
  public Optional<Set<String>> groupsOf(String username) {
    return groups.get(
        username,
        u ->
            em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("u", u)
                .getResultStream()
                .findFirst()
                .filter(AppUser::canSignIn)
                .map(user -> Set.of(user.role().groupName())));
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller() == null ? "" : login.getCaller().strip().toLowerCase();
    String address = login instanceof SignInCredential c ? c.address() : null;
    Ticket ticket;
    try {
      ticket = throttle.begin(username, address);
    } catch (DomainException tooMany) {
      return CredentialValidationResult.INVALID_RESULT; // the password is not even looked at
    }
    var found =
        em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
            .setParameter("u", username)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      hasher.verify(login.getPassword().getValue(), dummyHash());
      throttle.failed(ticket);
      return CredentialValidationResult.INVALID_RESULT;
    }
    AppUser user = found.get();
    // a switched-off sign-in is checked like any other, so the answer takes the same time
    if (!hasher.verify(login.getPassword().getValue(), user.passwordHash()) || !user.canSignIn()) {
      throttle.failed(ticket);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(ticket, username);
    return new CredentialValidationResult(user.username().value(), Set.of(user.role().groupName()));
  }

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hashNew(DUMMY_SALT_HASH_SEED);
    }
    return dummyHash;
  }
}
