package uk.practiceconnect.sms.control;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * This instance's rate limiters, one per GOV.UK Notify service: Notify's limit is per service, so
 * texts of a practice with its own service never wait for the platform's tokens, nor the other way
 * round. Every live instance sends for every service, so each service's rate is split evenly across
 * them ({@link SenderInstances.Share}); a bucket made later starts at the current share.
 */
final class RateShares {

  private final int perMinute;
  private final int burst;
  private final LongSupplier ticker;
  private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private volatile SenderInstances.Share share;

  RateShares(int perMinute, int burst, LongSupplier ticker) {
    this.perMinute = perMinute;
    this.burst = burst;
    this.ticker = ticker;
    this.share = SenderInstances.Share.of(perMinute, burst, 1);
  }

  /** The limiter of the Notify service with this id. */
  TokenBucket bucket(String serviceId) {
    TokenBucket known = buckets.get(serviceId);
    if (known != null) {
      return known;
    }
    synchronized (this) { // not while the share changes: the new bucket must get the new share
      return buckets.computeIfAbsent(
          serviceId, id -> new TokenBucket(share.perMinute(), share.burst(), ticker));
    }
  }

  /** Each service's share when {@code instances} send side by side; the share when it changed. */
  synchronized Optional<SenderInstances.Share> shareWith(int instances) {
    SenderInstances.Share next = SenderInstances.Share.of(perMinute, burst, instances);
    if (next.equals(share)) {
      return Optional.empty();
    }
    share = next;
    buckets.values().forEach(b -> b.rate(next.perMinute(), next.burst()));
    return Optional.of(next);
  }

  SenderInstances.Share share() {
    return share;
  }
}
