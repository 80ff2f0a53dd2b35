package uk.practiceconnect.emis.entity;

import java.time.Instant;

/** One slot of an appointment session. */
public record EmisSlot(
    String slotId,
    String sessionId,
    Instant start,
    Instant end,
    int durationMinutes,
    String slotType,
    String clinician,
    Status status) {

  public enum Status {
    FREE,
    BOOKED,
    BLOCKED,
    EMBARGOED
  }

  public boolean isFree() {
    return status == Status.FREE;
  }
}
