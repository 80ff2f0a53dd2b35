package uk.practiceconnect.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackOffTest {

  static final Instant QUEUED = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void waitsFiveSecondsThenFourTimesLongerEachTimeUpToFourHours() {
    assertEquals(Duration.ofSeconds(5), BackOff.delay(1));
    assertEquals(Duration.ofSeconds(20), BackOff.delay(2));
    assertEquals(Duration.ofSeconds(80), BackOff.delay(3));
    assertEquals(Duration.ofSeconds(320), BackOff.delay(4));
    assertEquals(Duration.ofSeconds(1280), BackOff.delay(5));
    assertEquals(Duration.ofSeconds(5120), BackOff.delay(6));
    assertEquals(Duration.ofHours(4), BackOff.delay(7));
    assertEquals(Duration.ofHours(4), BackOff.delay(100));
  }

  @Test
  void aReceiverThatAlwaysFailsIsTriedThirteenTimesOver24HoursThenGivenUp() {
    Instant now = QUEUED;
    int tries = 0;
    Optional<Instant> next = Optional.of(now);
    while (next.isPresent()) {
      now = next.get();
      tries++; // a try at 'now' fails
      next = BackOff.next(QUEUED, tries, now);
      next.ifPresent(
          at -> assertTrue(!at.isAfter(QUEUED.plus(Duration.ofHours(24))), "never past 24 h"));
    }
    assertEquals(QUEUED.plus(Duration.ofHours(24)), now, "the last try is on the 24-hour mark");
    assertEquals(13, tries); // at 0 s, 5 s, 25 s, 105 s, 7 min, 28 min, 1.9 h, then every 4 h, 24 h
  }

  @Test
  void aTryAfterTheTwentyFourHoursIsTheLast() {
    assertEquals(Optional.empty(), BackOff.next(QUEUED, 3, QUEUED.plus(Duration.ofHours(24))));
    assertEquals(
        Optional.of(QUEUED.plus(Duration.ofHours(24))),
        BackOff.next(QUEUED, 9, QUEUED.plus(Duration.ofHours(23))),
        "clamped to the end");
  }
}
