package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void keepsAValueUntilItExpires() {
    var clock = new Ticking();
    var cache = new TtlCache<String, String>(Duration.ofSeconds(10), 10, clock);
    var loads = new AtomicInteger();
    assertEquals(
        "v1", cache.get("k", k -> Optional.of("v" + loads.incrementAndGet())).orElseThrow());
    assertEquals(
        "v1", cache.get("k", k -> Optional.of("v" + loads.incrementAndGet())).orElseThrow());
    clock.now = clock.now.plusSeconds(11);
    assertEquals(
        "v2", cache.get("k", k -> Optional.of("v" + loads.incrementAndGet())).orElseThrow());
  }

  @Test
  void neverRemembersAbsence() {
    var cache = new TtlCache<String, String>(Duration.ofMinutes(5), 10, new Ticking());
    assertTrue(cache.get("k", k -> Optional.empty()).isEmpty());
    assertEquals("now here", cache.get("k", k -> Optional.of("now here")).orElseThrow());
  }

  @Test
  void staysBoundedAndCanBeCleared() {
    var cache = new TtlCache<Integer, Integer>(Duration.ofMinutes(5), 3, new Ticking());
    for (int i = 0; i < 10; i++) {
      cache.get(i, Optional::of);
    }
    var loads = new AtomicInteger();
    cache.invalidateAll();
    cache.get(9, k -> Optional.of(loads.incrementAndGet()));
    assertEquals(1, loads.get());
  }

  @Test
  void forgetsOneKeyOnly() {
    var cache = new TtlCache<String, String>(Duration.ofMinutes(5), 10, new Ticking());
    var loads = new AtomicInteger();
    cache.get("a", k -> Optional.of(k + loads.incrementAndGet()));
    cache.get("b", k -> Optional.of(k + loads.incrementAndGet()));
    cache.invalidate("a");
    assertEquals("a3", cache.get("a", k -> Optional.of(k + loads.incrementAndGet())).orElseThrow());
    assertEquals("b2", cache.get("b", k -> Optional.of(k + loads.incrementAndGet())).orElseThrow());
  }

  @Test
  void aValueReadWhileItWasInvalidatedIsReturnedButNotKept() {
    var cache = new TtlCache<String, String>(Duration.ofMinutes(5), 10, new Ticking());
    // the revoke commits and evicts while this request is still reading the old row
    var stale =
        cache.get(
            "key",
            k -> {
              cache.invalidate(k);
              return Optional.of("active");
            });
    assertEquals("active", stale.orElseThrow());
    assertTrue(cache.get("key", k -> Optional.empty()).isEmpty(), "the old row was kept");
  }
}
