package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.Attempts;
import uk.practiceconnect.platform.control.Attempts.Limit;
import uk.practiceconnect.platform.control.Attempts.Ticket;
import uk.practiceconnect.platform.entity.DomainException;

/**
 * Identity checks of patients, limited per NHS number and per client address ({@code
 * booking.identity.*}) through {@link Attempts}: each check is counted before EMIS is asked, so
 * parallel wrong attempts cannot all get past the limit, on any number of instances. A patient who
 * proves who they are has their own earlier typos forgiven; their address's stay counted.
 */
@ApplicationScoped
public class IdentityThrottle {

  @Inject Attempts attempts;
  @Inject BookingConfig config;

  /**
   * Counts this attempt in before EMIS is asked; 429 (with the real wait) once failures fill it.
   */
  public Ticket begin(NhsNumber nhs, String address) {
    return attempts.begin(limits(nhs, address), IdentityThrottle::tooMany);
  }

  /** How many more wrong answers this patient, from this address, may give before waiting. */
  public int triesLeft(NhsNumber nhs, String address) {
    return attempts.triesLeft(limits(nhs, address));
  }

  private List<Limit> limits(NhsNumber nhs, String address) {
    return List.of(
        new Limit(key("nhs", nhs.value()), config.perNhsNumber()),
        new Limit(key("addr", address), config.perAddress()));
  }

  /** "You can try 2 more times": what a patient who got a detail wrong may still do. */
  public static String triesLeftInWords(int left) {
    if (left <= 0) {
      return "That was the last try for now: wait a while before trying again, or phone the"
          + " practice.";
    }
    return "You can try " + left + (left == 1 ? " more time." : " more times.");
  }

  /** EMIS did not match: the attempt stays counted, as a failure from now. */
  public void failed(Ticket ticket) {
    attempts.failed(ticket);
  }

  /** EMIS could not be asked or did not answer: the attempt does not count. */
  public void abandoned(Ticket ticket) {
    attempts.abandoned(ticket);
  }

  /** The patient proved who they are: their earlier typos stop counting (the address's do not). */
  public void succeeded(Ticket ticket, NhsNumber nhs) {
    attempts.succeeded(ticket, key("nhs", nhs.value()));
  }

  /** "Wait 12 minutes": the real wait, rounded up, never less than a minute in words. */
  static DomainException tooMany(Instant until, Instant now) {
    Duration wait = Duration.between(now, until);
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    long minutes = Math.max(1, (seconds + 59) / 60);
    return DomainException.rateLimited(
        "There have been too many attempts to confirm these details. Wait "
            + minutes
            + (minutes == 1 ? " minute" : " minutes")
            + " and try again, or phone the practice.",
        Duration.ofSeconds(seconds));
  }

  static String key(String kind, String value) {
    return Attempts.key(kind, value);
  }
}
