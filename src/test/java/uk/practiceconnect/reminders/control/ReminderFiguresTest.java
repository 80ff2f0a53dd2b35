package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.entity.DayFigures;
import uk.practiceconnect.sms.entity.SmsState;

class ReminderFiguresTest {

  static final Instant SENT = Instant.parse("2026-11-24T09:00:00Z");

  static DayFigures day(int[] c) {
    return new DayFigures(LocalDate.of(2026, 11, 24), c[0], c[1], c[2], c[4], c[3]);
  }

  @Test
  void aTextNotifyRefusedIsNotDeliveredButWasNeverSentAndDrawsNoNegativeBar() {
    int[] c = new int[5];
    ReminderFigures.count(c, null, SmsState.FAILED, null); // refused with a 400: no sentAt
    DayFigures d = day(c);
    assertEquals(0, d.sent());
    assertEquals(1, d.failed());
    assertEquals(0, d.awaitingReceipt());
    // the chart used to draw sent - delivered - failed = -1
    assertEquals(1, d.chartTotal());
    assertEquals("100.0%", DayFigures.width(d.failed(), d.chartTotal()));
    assertEquals("0%", DayFigures.width(d.awaitingReceipt(), d.chartTotal()));
  }

  @Test
  void countsSentTextsByWhatBecameOfThem() {
    int[] c = new int[5];
    ReminderFigures.count(c, SENT, SmsState.SENT, "delivered");
    ReminderFigures.count(c, SENT, SmsState.SENT, "temporary-failure");
    ReminderFigures.count(c, SENT, SmsState.SENT, "sending");
    ReminderFigures.count(c, SENT, SmsState.SENT, null);
    DayFigures d = day(c);
    assertEquals(4, d.sent());
    assertEquals(1, d.delivered());
    assertEquals(1, d.failed());
    assertEquals(2, d.awaitingReceipt());
    assertEquals(d.sent(), d.chartTotal());
  }

  @Test
  void barWidthsAreNeverNegativeNorOverFull() {
    assertEquals("0%", DayFigures.width(-3, 10));
    assertEquals("0%", DayFigures.width(3, 0));
    assertEquals("25.0%", DayFigures.width(1, 4));
    assertEquals("100.0%", DayFigures.width(12, 10));
  }
}
