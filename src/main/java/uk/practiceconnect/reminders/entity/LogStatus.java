package uk.practiceconnect.reminders.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * One status per reminder for the log, combining the reminder's own status with its text's state in
 * the outbox and the delivery status Notify reported.
 */
public enum LogStatus {
  PLANNED("Planned"),
  NOT_PLANNED("Not sent"),
  CANCELLED("Cancelled"),
  QUEUED("Sending"),
  SENT("Sent"),
  DELIVERED("Delivered"),
  FAILED("Not delivered"),
  EXPIRED("Not sent: too late"),
  CANCELLED_BY_PATIENT("Cancelled by patient");

  private final String label;

  LogStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** As the REST API's {@code status=} spells it: "delivered", "cancelled-by-patient". */
  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<LogStatus> ofWire(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
  }

  public static LogStatus of(
      ReminderStatus status, boolean cancelledByPatient, SmsState sms, DeliveryStatus delivery) {
    if (cancelledByPatient) {
      return CANCELLED_BY_PATIENT;
    }
    return switch (status) {
      case PLANNED -> PLANNED;
      case NOT_PLANNED -> NOT_PLANNED;
      case CANCELLED -> CANCELLED;
      case QUEUED -> ofSms(sms, delivery);
    };
  }

  private static LogStatus ofSms(SmsState sms, DeliveryStatus delivery) {
    if (sms == null) {
      return QUEUED;
    }
    return switch (sms) {
      case QUEUED, SENDING -> QUEUED;
      case FAILED -> FAILED;
      case EXPIRED -> EXPIRED;
      // taken back after the sender found Notify did not have it
      case WITHDRAWN -> CANCELLED;
      case SENT -> {
        if (delivery == null) {
          yield SENT;
        }
        yield delivery.isFailure()
            ? FAILED
            : delivery == DeliveryStatus.DELIVERED || delivery == DeliveryStatus.SENT
                ? DELIVERED
                : SENT;
      }
    };
  }
}
