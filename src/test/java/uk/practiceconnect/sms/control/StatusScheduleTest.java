package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusScheduleTest {

  static final Instant SENT = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void firstChecksSoonAfterSending() {
    assertEquals(SENT.plusSeconds(5), StatusSchedule.first(SENT));
  }

  @Test
  void checksLessOftenAsTimeGoesOn() {
    Instant now = SENT.plusSeconds(5);
    assertEquals(Optional.of(now.plusSeconds(10)), StatusSchedule.next(SENT, 1, now));
    assertEquals(Optional.of(now.plus(Duration.ofHours(6))), StatusSchedule.next(SENT, 40, now));
  }

  @Test
  void stopsWhenNotifyNoLongerKeepsTheText() {
    Instant now = SENT.plus(Duration.ofDays(7)).minusSeconds(60);
    assertEquals(Optional.empty(), StatusSchedule.next(SENT, 40, now));
  }
}
