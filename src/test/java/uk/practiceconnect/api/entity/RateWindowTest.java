package uk.practiceconnect.api.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateWindowTest {

  @Test
  void countsDownToTheLimitThenRefusesWithTheSecondsLeft() {
    RateWindow w = new RateWindow(1_000);
    RateWindow.Verdict first = w.take(3, 1_010, 60);
    assertTrue(first.allowed());
    assertEquals(3, first.limit());
    assertEquals(2, first.remaining());
    assertEquals(50, first.resetSeconds());
    w.take(3, 1_011, 60);
    RateWindow.Verdict third = w.take(3, 1_012, 60);
    assertTrue(third.allowed());
    assertEquals(0, third.remaining());
    RateWindow.Verdict fourth = w.take(3, 1_059, 60);
    assertFalse(fourth.allowed());
    assertEquals(0, fourth.remaining());
    assertEquals(1, fourth.resetSeconds());
  }

  @Test
  void otherInstancesRequestsCountOnceReported() {
    RateWindow w = new RateWindow(0);
    w.take(10, 1, 60);
    w.take(10, 1, 60);
    assertEquals(2, w.drain(), "this instance's requests go to the shared count");
    w.shared(9); // 7 more from other instances
    RateWindow.Verdict v = w.take(10, 2, 60);
    assertTrue(v.allowed());
    assertEquals(0, v.remaining());
    assertFalse(w.take(10, 2, 60).allowed(), "the cluster as a whole is at its limit");
  }

  @Test
  void aReportThatFailedIsMadeAgainAndNothingIsCountedTwice() {
    RateWindow w = new RateWindow(0);
    w.take(5, 1, 60);
    long n = w.drain();
    w.undrain(n);
    assertEquals(1, w.drain());
    w.shared(1);
    assertEquals(3, w.take(5, 1, 60).remaining());
  }

  @Test
  void refusedRequestsAreNotCounted() {
    RateWindow w = new RateWindow(0);
    w.take(1, 1, 60);
    w.take(1, 1, 60);
    w.take(1, 1, 60);
    assertEquals(1, w.drain(), "only the request let through");
  }
}
