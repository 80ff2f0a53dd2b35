package uk.practiceconnect.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small in-memory cache whose entries live for a fixed time. For data read on every request that
 * changes rarely (API keys, practices): it saves a database round trip per lookup. Only present
 * values are kept, so something new is seen at once; a change elsewhere in a cluster is seen within
 * the time to live.
 */
public final class TtlCache<K, V> {

  private record Entry<V>(V value, Instant expires) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
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
    Optional<V> loaded = load.apply(key);
    if (loaded.isPresent()) {
      if (entries.size() >= maxSize) {
        entries.clear(); // crude but bounded; the hot entries come straight back
      }
      entries.put(key, new Entry<>(loaded.get(), now.plus(ttl)));
    } else {
      entries.remove(key);
    }
    return loaded;
  }

  public void invalidateAll() {
    entries.clear();
  }
}
