package uk.practiceconnect.sandbox.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTimelineTest {

  final DeliveryTimeline timeline =
      new DeliveryTimeline(Duration.ofSeconds(1), Duration.ofSeconds(3));
  final Instant created = Instant.parse("2026-03-02T09:00:00Z");

  DeliveryTimeline.Progress at(long millis, DeliveryStatus fate) {
    return timeline.progress(created, fate, null, null, created.plusMillis(millis));
  }

  @Test
  void movesFromCreatedToSendingToItsFate() {
    assertEquals(DeliveryStatus.CREATED, at(999, DeliveryStatus.DELIVERED).status());
    assertNull(at(999, DeliveryStatus.DELIVERED).sentAt());
    var sending = at(1000, DeliveryStatus.DELIVERED);
    assertEquals(DeliveryStatus.SENDING, sending.status());
    assertEquals(created.plusSeconds(1), sending.sentAt());
    assertNull(sending.completedAt());
    var done = at(3000, DeliveryStatus.DELIVERED);
    assertEquals(DeliveryStatus.DELIVERED, done.status());
    assertEquals(created.plusSeconds(3), done.completedAt());
    assertEquals(
        DeliveryStatus.PERMANENT_FAILURE, at(5000, DeliveryStatus.PERMANENT_FAILURE).status());
  }

  @Test
  void aForcedStatusWinsOverTheClock() {
    Instant forcedAt = created.plusMillis(200);
    var p =
        timeline.progress(
            created,
            DeliveryStatus.DELIVERED,
            DeliveryStatus.TEMPORARY_FAILURE,
            forcedAt,
            created.plusSeconds(10));
    assertEquals(DeliveryStatus.TEMPORARY_FAILURE, p.status());
    assertEquals(forcedAt, p.sentAt());
    assertEquals(forcedAt, p.completedAt());
    var sending =
        timeline.progress(
            created,
            DeliveryStatus.DELIVERED,
            DeliveryStatus.SENDING,
            forcedAt,
            created.plusSeconds(10));
    assertEquals(DeliveryStatus.SENDING, sending.status());
    assertNull(sending.completedAt());
  }

  @Test
  void testKeysAlwaysDeliverAndTestNumbersFail() {
    UkMobile perm = UkMobile.parse(TestNumbers.PERMANENT_FAILURE);
    assertEquals(DeliveryStatus.PERMANENT_FAILURE, TestNumbers.fateOf(perm, KeyType.LIVE));
    assertEquals(DeliveryStatus.DELIVERED, TestNumbers.fateOf(perm, KeyType.TEST));
    assertEquals(
        DeliveryStatus.TEMPORARY_FAILURE,
        TestNumbers.fateOf(UkMobile.parse("+44 7700 900004"), KeyType.TEAM));
    assertEquals(
        DeliveryStatus.DELIVERED, TestNumbers.fateOf(UkMobile.parse("07700900123"), KeyType.LIVE));
  }
}
