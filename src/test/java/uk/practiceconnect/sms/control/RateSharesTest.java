package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateSharesTest {

  static final String PLATFORM = "53ff6253-f57d-46af-89ee-17c82a90f77e";
  static final String OWN = "72b387cf-b452-4d7f-8f6d-1e644919d873";

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final RateShares rates = new RateShares(3000, 50, nanos::get);

  int takeAll(TokenBucket b) {
    int taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    return taken;
  }

  @Test
  void eachNotifyServiceHasItsOwnBucket() {
    TokenBucket platform = rates.bucket(PLATFORM);
    TokenBucket own = rates.bucket(OWN);
    assertSame(platform, rates.bucket(PLATFORM));
    takeAll(platform);
    assertFalse(platform.tryTake());
    assertTrue(own.tryTake(), "the platform's empty bucket does not hold back another service");
    platform.pause(Duration.ofMinutes(1)); // a 429 from the platform's service
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertFalse(platform.tryTake());
    assertEquals(50, takeAll(own), "a pause of one service leaves the others sending");
  }

  @Test
  void everyServicesRateIsSplitAcrossTheLiveInstances() {
    TokenBucket platform = rates.bucket(PLATFORM);
    TokenBucket own = rates.bucket(OWN);
    assertEquals(new SenderInstances.Share(1000, 16), rates.shareWith(3).orElseThrow());
    assertTrue(rates.shareWith(3).isEmpty(), "no change, nothing to say");
    takeAll(platform);
    takeAll(own);
    nanos.addAndGet(Duration.ofSeconds(60).toNanos());
    assertEquals(16, takeAll(platform), "the burst is a third");
    assertEquals(16, takeAll(own));
    nanos.addAndGet(Duration.ofMillis(600).toNanos()); // 1,000 a minute: 10 in 0.6 s
    assertEquals(10, takeAll(platform));
    assertEquals(10, takeAll(own));
  }

  @Test
  void aServiceFirstSeenAfterASplitStartsAtItsShare() {
    rates.shareWith(2);
    TokenBucket late = rates.bucket(OWN);
    takeAll(late);
    nanos.addAndGet(Duration.ofSeconds(60).toNanos());
    assertEquals(25, takeAll(late), "half of the burst of 50");
  }
}
