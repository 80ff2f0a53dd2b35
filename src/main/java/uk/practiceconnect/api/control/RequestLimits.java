package uk.practiceconnect.api.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.api.entity.RateWindow;
import uk.practiceconnect.platform.control.Jobs;

/**
 * Requests each API key may make in a fixed window (600 a minute by default), for the cluster as a
 * whole. Each instance counts in memory, so a request costs no database round trip, and reports its
 * counts to the shared table every second, reading back what every instance has reported: a key
 * spread over n instances can overshoot its limit by at most what those instances let through in
 * one second.
 */
@ApplicationScoped
public class RequestLimits {

  @Inject
  @ConfigProperty(name = "api.rate-limit.requests", defaultValue = "600")
  int limit;

  @Inject
  @ConfigProperty(name = "api.rate-limit.window-seconds", defaultValue = "60")
  long windowSeconds;

  @Inject
  @ConfigProperty(name = "api.rate-limit.sync-millis", defaultValue = "1000")
  long syncMillis;

  @Inject Clock clock;
  @Inject Jobs jobs;
  @Inject RequestLimits self; // through the proxy: each report in its own transaction

  @PersistenceContext EntityManager em;

  private final Map<String, RateWindow> windows = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    jobs.every(
        "API request counts",
        Duration.ofMillis(syncMillis),
        Duration.ofMillis(syncMillis),
        this::sync);
  }

  /** Counts one request of {@code key} in, or says it must wait. */
  public RateWindow.Verdict take(String key) {
    long now = clock.instant().getEpochSecond();
    long start = now - Math.floorMod(now, windowSeconds);
    RateWindow w =
        windows.compute(
            key, (k, old) -> old != null && old.start() == start ? old : new RateWindow(start));
    return w.take(limit, now, windowSeconds);
  }

  /** Reports each key's new requests to the shared count and reads every instance's total back. */
  void sync() {
    long now = clock.instant().getEpochSecond();
    windows.forEach(
        (key, w) -> {
          long n = w.drain();
          try {
            w.shared(self.report(key, w.start(), n));
          } catch (RuntimeException e) {
            w.undrain(n);
            throw e;
          }
        });
    // windows that are over are forgotten here; their rows are removed by the next report after
    // an hour
    windows.entrySet().removeIf(e -> e.getValue().start() + windowSeconds < now);
  }

  /** Adds {@code n} to the key's count in the window and answers the total. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long report(String key, long windowStart, long n) {
    OffsetDateTime at = Instant.ofEpochSecond(windowStart).atOffset(ZoneOffset.UTC);
    if (n > 0) {
      int updated =
          em.createNativeQuery(
                  "update api_request_count set requests = requests + ?1"
                      + " where key_ref = ?2 and window_start = ?3")
              .setParameter(1, n)
              .setParameter(2, key)
              .setParameter(3, at)
              .executeUpdate();
      if (updated == 0) {
        // the first report of this window: another instance may make it at the same moment, so
        // insert only if absent and add again if it was not this insert that made the row
        int inserted =
            em.createNativeQuery(
                    "insert into api_request_count (key_ref, window_start, requests)"
                        + " select ?1, ?2, ?3 where not exists (select 1 from api_request_count"
                        + " where key_ref = ?1 and window_start = ?2)")
                .setParameter(1, key)
                .setParameter(2, at)
                .setParameter(3, n)
                .executeUpdate();
        if (inserted == 0) {
          em.createNativeQuery(
                  "update api_request_count set requests = requests + ?1"
                      + " where key_ref = ?2 and window_start = ?3")
              .setParameter(1, n)
              .setParameter(2, key)
              .setParameter(3, at)
              .executeUpdate();
        }
      }
      em.createNativeQuery("delete from api_request_count where window_start < ?1")
          .setParameter(1, at.minusHours(1))
          .executeUpdate();
    }
    Object total =
        em
            .createNativeQuery(
                "select requests from api_request_count where key_ref = ?1 and window_start = ?2")
            .setParameter(1, key)
            .setParameter(2, at)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(0L);
    return ((Number) total).longValue();
  }
}
