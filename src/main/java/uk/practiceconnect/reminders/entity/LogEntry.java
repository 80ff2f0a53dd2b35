package uk.practiceconnect.reminders.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the reminder log, as staff and other systems read it. The mobile is masked; the text
 * itself is never shown. {@code detail} says why a reminder was not sent, or what Notify said;
 * {@code reference} is the text's Notify reference (random, no personal data), for tracing it
 * there; {@code notifyStatus} is Notify's own delivery status as its API spells it ({@code
 * created}, {@code sending}, {@code delivered}, {@code permanent-failure}, …), null until read.
 */
public record LogEntry(
    long id,
    String appointmentId,
    Instant appointmentStart,
    String clinician,
    String slotType,
    String reminderTime,
    int revision,
    String patientRef,
    String nhsNumber,
    String mobile,
    Instant sendAt,
    LogStatus status,
    String detail,
    Instant sentAt,
    Instant completedAt,
    String reference,
    String notifyStatus,
    boolean attention)
    implements Serializable {

  /**
   * The tag colour: red where staff may need to act, green delivered, grey by design, amber on the
   * way.
   */
  public String getTone() {
    if (attention) {
      return "bad";
    }
    return switch (status) {
      case DELIVERED -> "ok";
      case NOT_PLANNED, CANCELLED, CANCELLED_BY_PATIENT -> "none";
      default -> "warn";
    };
  }

  // getters for Faces EL, which does not read record components as properties
  public long getId() {
    return id;
  }

  public Instant getAppointmentStart() {
    return appointmentStart;
  }

  public String getClinician() {
    return clinician;
  }

  public String getSlotType() {
    return slotType;
  }

  public String getReminderTime() {
    return reminderTime;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public Instant getSendAt() {
    return sendAt;
  }

  public LogStatus getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getPatientRef() {
    return patientRef;
  }

  public String getNotifyStatus() {
    return notifyStatus;
  }
}
