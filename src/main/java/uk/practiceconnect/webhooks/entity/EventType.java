package uk.practiceconnect.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** What happened, as the {@code type} member of an event and in an endpoint's subscription. */
public enum EventType {
  BOOKING_CONFIRMED("booking.confirmed", "A booking was confirmed in EMIS"),
  BOOKING_CANCELLED("booking.cancelled", "A booking was cancelled (with how)"),
  BOOKING_MOVED("booking.moved", "A booking was moved to another time in EMIS"),
  REMINDER_DELIVERED("reminder.delivered", "A reminder text reached the phone"),
  REMINDER_FAILED("reminder.failed", "A reminder text could not be delivered"),
  PATIENT_OPTED_OUT("patient.opted-out", "A patient asked for no more reminders"),
  INTEGRATION_BROKEN("integration.broken", "The practice's EMIS link stopped working"),
  INTEGRATION_RESTORED("integration.restored", "The practice's EMIS link works again");

  private final String wire;
  private final String description;

  EventType(String wire, String description) {
    this.wire = wire;
    this.description = description;
  }

  /** "booking.confirmed". */
  public String wire() {
    return wire;
  }

  public String description() {
    return description;
  }

  public static Optional<EventType> fromWire(String raw) {
    String s = raw == null ? "" : raw.strip();
    return Arrays.stream(values()).filter(t -> t.wire.equals(s)).findFirst();
  }
}
