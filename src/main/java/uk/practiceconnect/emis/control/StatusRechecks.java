package uk.practiceconnect.emis.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.platform.control.Jobs;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Re-checks a practice's integration status soon after one of its everyday partner calls failed,
 * instead of at its next periodic check (up to {@code emis.status-check.interval-minutes} later).
 * The first failure schedules a re-check {@code emis.status-check.recheck-delay-seconds} later;
 * further failures of that practice within {@code recheck-debounce-seconds} add nothing. The
 * re-check runs on the application's scheduler (the failing request never waits for it): it marks
 * the practice due and runs a status sweep, so in a cluster the sweep's claims still keep a
 * practice to one check at a time, and one unanswered check alone does not turn it BROKEN.
 */
@ApplicationScoped
public class StatusRechecks {

  private static final Logger LOG = Logger.getLogger(StatusRechecks.class.getName());

  @Inject Jobs jobs;
  @Inject StatusClaims claims;
  @Inject StatusSweep sweep;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "emis.status-check.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "emis.status-check.recheck-delay-seconds", defaultValue = "5")
  long delaySeconds;

  @Inject
  @ConfigProperty(name = "emis.status-check.recheck-debounce-seconds", defaultValue = "60")
  long debounceSeconds;

  private RecheckDebounce debounce;

  @PostConstruct
  void init() {
    debounce = new RecheckDebounce(Duration.ofSeconds(Math.max(1, debounceSeconds)));
  }

  /**
   * After an everyday partner call of this practice failed: schedules a re-check unless one was
   * scheduled within the debounce window or the failure says nothing about the link. Never blocks
   * and never throws, so it cannot hide the failure being reported.
   */
  public void afterFailure(Practice practice, PartnerException failure) {
    if (!enabled || !callsForRecheck(failure)) {
      return;
    }
    try {
      Instant now = clock.instant();
      if (!debounce.claim(practice.id(), now)) {
        return;
      }
      try {
        schedule(practice.id());
      } catch (RuntimeException e) {
        debounce.unclaim(practice.id(), now);
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not schedule an EMIS status re-check: {0}", e.toString());
    }
  }

  /**
   * Whether a failure may mean the practice's link is broken: EMIS refused the set-up, failed or
   * did not answer. Not when EMIS answered about the request itself (slot taken, no such
   * patient...), when the settings are incomplete (nothing was asked of EMIS), or when Practice
   * Connect refused the call itself.
   */
  static boolean callsForRecheck(PartnerException failure) {
    if (failure instanceof PartnerSessions.NotConfigured
        || failure instanceof PartnerFailures.LocalRejection) {
      return false;
    }
    if (failure.outcomeUnknown()) {
      return true;
    }
    PartnerOutcome o = failure.outcome();
    return switch (o) {
      case SLOT_NOT_FREE, PATIENT_NOT_MATCHED, NOT_FOUND, BAD_REQUEST, APPOINTMENT_IN_PAST, OK ->
          false;
      default -> true;
    };
  }

  /** Hands the re-check to the scheduler; the failing request goes on at once. */
  void schedule(Long practiceId) {
    jobs.after("EMIS status re-check", Duration.ofSeconds(delaySeconds), () -> recheck(practiceId));
  }

  private void recheck(Long practiceId) {
    try {
      claims.dueNow(practiceId, clock.instant());
      sweep.sweepIfIdle();
    } catch (RuntimeException e) { // the periodic check will get to it
      LOG.log(Level.WARNING, "EMIS status re-check failed: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "EMIS status re-check failed", e);
    }
  }
}
