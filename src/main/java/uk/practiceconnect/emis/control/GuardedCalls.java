package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * What every call to a practice's GP system goes through, by either route (the EMIS partner API
 * here, GP Connect in its own component): the practice's circuit breaker, and after a failure the
 * practice's status (a set-up problem marks it broken at once) and a prompt re-check.
 */
@ApplicationScoped
public class GuardedCalls {

  private static final Logger LOG = Logger.getLogger(GuardedCalls.class.getName());

  @Inject Breakers breakers;
  @Inject IntegrationStatus status;
  @Inject StatusRechecks rechecks;

  public <T> T run(Practice practice, IntegrationRoute route, String callName, Supplier<T> work) {
    PracticeBreaker breaker = breakers.of(practice.id());
    if (!breaker.tryAcquire()) {
      String paused =
          "Calls to this practice's "
              + (route == IntegrationRoute.EMIS ? "EMIS" : "GP system")
              + " are paused for "
              + Math.max(1, breaker.retryAfter().toSeconds())
              + " s after repeated failures";
      throw route == IntegrationRoute.EMIS
          ? new PartnerException(PartnerOutcome.UNREACHABLE, paused)
          : PartnerException.gpConnect(PartnerOutcome.UNREACHABLE, paused);
    }
    try {
      T result = work.get();
      breaker.onSuccess();
      return result;
    } catch (RuntimeException e) {
      PartnerException failure = PartnerFailures.of(e);
      if (failure instanceof PartnerFailures.LocalRejection) {
        breaker.release(); // refused here before the GP system was asked: says nothing of it
      } else if (failure.isTransient() || failure.outcomeUnknown()) {
        breaker.onFailure();
      } else {
        breaker.onSuccess(); // the GP system answered: it is there
      }
      LOG.log(
          Level.FINE,
          "{0} {1} for {2}: {3}",
          new Object[] {route, callName, practice.odsCode().value(), failure.outcomeLabel()});
      if (failure.outcome().isSetUpProblem()
          && !(failure instanceof PartnerSessions.NotConfigured)) {
        status.partnerCallFailed(practice, failure);
      }
      rechecks.afterFailure(practice, failure);
      throw failure;
    }
  }
}
