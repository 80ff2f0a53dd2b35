package uk.practiceconnect.sandbox.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

/**
 * Notify's API rate limit: one token bucket per service and key type, as Notify keys its own. Kept
 * in memory, so each sandbox instance limits on its own; tests change the limits at run time
 * through the admin face (benchmarks raise them out of the way).
 */
@ApplicationScoped
public class RateLimiter {

  @Inject NotifyConfig config;

  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private volatile RateSettings settings;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void init() {
    settings = config.rateSettings();
  }

  /** Takes one request from the key's bucket, or answers 429 RateLimitError. */
  public void take(NotifyApiKey key) {
    RateSettings s = settings;
    TokenBucket bucket =
        buckets.computeIfAbsent(
            key.serviceId() + "-" + key.type(),
            k -> new TokenBucket(s.perMinute(), s.burst(), clock));
    if (!bucket.tryTake()) {
      throw NotifyError.rateLimit(key.type(), s.perMinute());
    }
  }

  public RateSettings settings() {
    return settings;
  }

  /** New limits apply at once, with full buckets. */
  public void change(RateSettings changed) {
    settings = changed;
    buckets.clear();
  }
}
