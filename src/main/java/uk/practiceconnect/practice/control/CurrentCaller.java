package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.AppUser;
import uk.practiceconnect.practice.entity.Role;

/**
 * Who is acting in the current request. The REST API's key filter sets an API caller; otherwise the
 * signed-in person is looked up.
 */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  private Caller caller;
  private AppUser person;

  public void actAs(Caller apiCaller) {
    this.caller = apiCaller;
  }

  public Caller get() {
    if (caller == null) {
      caller = fromSignedInUser();
    }
    return caller;
  }

  /** The member of staff signed in, when the request acts as one (not a key, not a patient). */
  public Optional<AppUser> signedInStaff() {
    if (caller == null && security.getCallerPrincipal() != null) {
      get();
    }
    return Optional.ofNullable(person);
  }

  public boolean isKnown() {
    return caller != null || security.getCallerPrincipal() != null;
  }

  private Caller fromSignedInUser() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new DomainException(ErrorCode.UNAUTHENTICATED, "Please sign in");
    }
    AppUser user =
        em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
            .setParameter("u", principal.getName())
            .getResultStream()
            .filter(AppUser::canSignIn)
            .findFirst()
            .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "Please sign in"));
    person = user;
    return user.role() == Role.PLATFORM_ADMIN
        ? new Caller(user.username().value(), Caller.Kind.PLATFORM_ADMIN, null, true)
        : new Caller(user.username().value(), Caller.Kind.PRACTICE_ADMIN, user.practiceId(), true);
  }
}
