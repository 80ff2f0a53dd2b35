package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.practiceconnect.platform.control.Attempts;
import uk.practiceconnect.platform.control.Attempts.Limit;
import uk.practiceconnect.platform.control.Attempts.Ticket;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ThrottlePolicy;

/**
 * Slows down password guessing, counted in the database through {@link Attempts} so that it holds
 * on every instance and whatever the concurrency: each sign-in is counted <em>before</em> its
 * password is hashed, one at a time per username. After {@value #PER_USERNAME} wrong passwords for
 * one username within {@link #WINDOW}, or {@value #PER_ADDRESS} from one client address (many
 * usernames tried from one place), sign-in waits until the window has passed. A correct password
 * forgives that username's earlier failures, not the address's.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int PER_USERNAME = 5;
  static final int PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @Inject Attempts attempts;
  @Inject Clock clock;

  /** Counts this sign-in in; a {@code RATE_LIMITED} failure when it must wait. */
  public Ticket begin(String username, String address) {
    return attempts.begin(limits(username, address), SignInThrottle::locked);
  }

  public void failed(Ticket ticket) {
    attempts.failed(ticket);
  }

  public void succeeded(Ticket ticket, String username) {
    attempts.succeeded(ticket, userKey(username));
  }

  /** The support desk set a new password: the username's failures no longer count. */
  public void forgive(String username) {
    attempts.forgive(userKey(username));
  }

  /** How long sign-in with this username from this address must wait now, if at all. */
  public Optional<Duration> waitFor(String username, String address) {
    return attempts
        .lockedUntil(limits(username, address))
        .map(until -> Duration.between(clock.instant(), until));
  }

  private static List<Limit> limits(String username, String address) {
    return List.of(
        new Limit(userKey(username), new ThrottlePolicy(PER_USERNAME, WINDOW)),
        new Limit(
            Attempts.key("sign-in-address", address == null ? "" : address),
            new ThrottlePolicy(PER_ADDRESS, WINDOW)));
  }

  static String userKey(String username) {
    return Attempts.key(
        "sign-in", username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  static DomainException locked(Instant until, Instant now) {
    return DomainException.rateLimited(
        "Too many attempts to sign in", Duration.between(now, until).plusSeconds(1));
  }
}
