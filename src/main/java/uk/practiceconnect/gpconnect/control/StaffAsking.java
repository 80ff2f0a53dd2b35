package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.practiceconnect.gpconnect.entity.Requester;
import uk.practiceconnect.practice.control.CurrentCaller;

/**
 * The member of staff whose request makes a GP Connect call, if any, for the access token's
 * requesting practitioner. Read on the request's own thread, before any part of a call moves to
 * another; background work has no request and patients and API keys are not staff, so those calls
 * name Practice Connect's configured identity.
 */
@ApplicationScoped
public class StaffAsking {

  @Inject CurrentCaller caller;

  public Optional<Requester> now() {
    try {
      return caller.signedInStaff().map(u -> new Requester(u.username().value(), u.displayName()));
    } catch (ContextNotActiveException | IllegalStateException e) {
      // no request here (a scheduler thread), or one with no web request behind it (start-up,
      // where Jakarta Security cannot say who is signed in): nobody from the staff asks
      return Optional.empty();
    }
  }
}
