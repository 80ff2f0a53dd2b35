package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsState;

class LogStatusTest {

  @Test
  void combinesTheReminderTheOutboxAndNotify() {
    assertEquals(LogStatus.PLANNED, LogStatus.of(ReminderStatus.PLANNED, false, null, null));
    assertEquals(
        LogStatus.QUEUED, LogStatus.of(ReminderStatus.QUEUED, false, SmsState.SENDING, null));
    assertEquals(
        LogStatus.SENT,
        LogStatus.of(ReminderStatus.QUEUED, false, SmsState.SENT, DeliveryStatus.SENDING));
    assertEquals(
        LogStatus.DELIVERED,
        LogStatus.of(ReminderStatus.QUEUED, false, SmsState.SENT, DeliveryStatus.DELIVERED));
    assertEquals(
        LogStatus.FAILED,
        LogStatus.of(
            ReminderStatus.QUEUED, false, SmsState.SENT, DeliveryStatus.PERMANENT_FAILURE));
    assertEquals(
        LogStatus.FAILED, LogStatus.of(ReminderStatus.QUEUED, false, SmsState.FAILED, null));
    assertEquals(
        LogStatus.EXPIRED, LogStatus.of(ReminderStatus.QUEUED, false, SmsState.EXPIRED, null));
  }

  @Test
  void aPatientsCancellationShowsWhateverElseHappened() {
    assertEquals(
        LogStatus.CANCELLED_BY_PATIENT,
        LogStatus.of(ReminderStatus.QUEUED, true, SmsState.SENT, DeliveryStatus.DELIVERED));
  }

  @Test
  void wireNamesRoundTrip() {
    for (LogStatus s : LogStatus.values()) {
      assertEquals(s, LogStatus.ofWire(s.wire()).orElseThrow());
    }
    assertEquals("cancelled-by-patient", LogStatus.CANCELLED_BY_PATIENT.wire());
  }
}
