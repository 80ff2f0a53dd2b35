package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One {@link PracticeBreaker} per practice, created on first use. Kept in memory per instance: a
 * breaker protects this instance's threads, so it need not be shared across a cluster.
 */
@ApplicationScoped
public class Breakers {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "emis.breaker.failure-threshold", defaultValue = "5")
  int threshold;

  @Inject
  @ConfigProperty(name = "emis.breaker.open-seconds", defaultValue = "30")
  long openSeconds;

  private final ConcurrentMap<Long, PracticeBreaker> breakers = new ConcurrentHashMap<>();

  PracticeBreaker of(Long practiceId) {
    return breakers.computeIfAbsent(
        practiceId, id -> new PracticeBreaker(threshold, Duration.ofSeconds(openSeconds), clock));
  }

  /** Whether calls to this practice's EMIS are being refused right now. */
  public boolean isOpen(Long practiceId) {
    PracticeBreaker b = breakers.get(practiceId);
    return b != null && b.state() == PracticeBreaker.State.OPEN;
  }
}
