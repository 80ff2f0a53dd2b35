package uk.practiceconnect.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A small in-memory cache whose entries live for a fixed time. For data read on every request that
 * changes rarely (API keys, practices): it saves a database round trip per lookup. Only present
 * values are kept, so something new is seen at once; a change elsewhere in a cluster is seen within
 * the time to live.
 *
 * <p>A value loaded while an invalidation happened is returned to its caller but not kept: it may
 * have been read just before the change it was invalidated for.
 */
public final class TtlCache<K, V> {

  private record Entry<V>(V value, Instant expires) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong invalidations = new AtomicLong();
  private final Duration ttl;
  private final int maxSize;
  private final Clock clock;

  public TtlCache(Duration ttl, int maxSize, Clock clock) {
    this.ttl = ttl;
    this.maxSize = maxSize;
    this.clock = clock;
  }

  public Optional<V> get(K key, Function<K, Optional<V>> load) {
    Instant now = clock.instant();
    Entry<V> hit = entries.get(key);
    if (hit != null && hit.expires().isAfter(now)) {
      return Optional.of(hit.value());
    }
    long before = invalidations.get();
    Optional<V> loaded = load.apply(key);
    if (loaded.isPresent()) {
      if (entries.size() >= maxSize) {
        entries.clear(); // crude but bounded; the hot entries come straight back
      }
      Entry<V> entry = new Entry<>(loaded.get(), now.plus(ttl));
      entries.put(key, entry);
      // put first, then look: an invalidation either removed the entry or is seen here
      if (invalidations.get() != before) {
        entries.remove(key, entry);
      }
    } else {
      entries.remove(key);
    }
    return loaded;
  }

  /** Keeps a value found by other means (e.g. one of many a single call returned). */
  public void put(K key, V value) {
    if (entries.size() >= maxSize) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
  }

  /** Forgets one key; a load of it that is under way now is not kept either. */
  public void invalidate(K key) {
    invalidations.incrementAndGet();
    entries.remove(key);
  }

  public void invalidateAll() {
    invalidations.incrementAndGet();
    entries.clear();
  }
}
