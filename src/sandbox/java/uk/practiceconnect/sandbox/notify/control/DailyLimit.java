package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import uk.practiceconnect.sandbox.notify.entity.KeyType;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

/**
 * Notify's daily message limit per service (UTC days; test keys do not count). Counted in memory,
 * starting from what the outbox already holds for the day, so the count survives a restart without
 * a query per message; each instance counts its own sends on top of that.
 */
@ApplicationScoped
public class DailyLimit {

  @Inject Outbox outbox;
  @Inject RateLimiter rates;

  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  /** Counts one message, or answers 429 TooManyRequestsError when the day's limit is reached. */
  public void reserve(NotifyApiKey key) {
    if (key.type() == KeyType.TEST) {
      return;
    }
    long limit = rates.settings().dailyLimit();
    AtomicLong count = counter(key.serviceId());
    if (count.incrementAndGet() > limit) {
      count.decrementAndGet();
      throw NotifyError.dailyLimit(limit);
    }
  }

  /** Gives back a reserved message that was not stored after all. */
  public void release(NotifyApiKey key) {
    if (key.type() != KeyType.TEST) {
      counter(key.serviceId()).decrementAndGet();
    }
  }

  /** Forgets the counts (the outbox was cleared). */
  public void reset() {
    counts.clear();
  }

  private AtomicLong counter(UUID serviceId) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    String key = serviceId + "@" + today;
    // yesterday's counters are dropped as soon as a new day starts
    counts.keySet().removeIf(k -> !k.endsWith("@" + today));
    return counts.computeIfAbsent(
        key,
        k ->
            new AtomicLong(
                outbox.countSince(serviceId, today.atStartOfDay(ZoneOffset.UTC).toInstant())));
  }
}
