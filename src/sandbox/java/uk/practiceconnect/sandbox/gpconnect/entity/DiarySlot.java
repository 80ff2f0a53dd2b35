package uk.practiceconnect.sandbox.gpconnect.entity;

import java.time.Instant;

/**
 * One slot of a diary: {@code free} unless the practice itself has filled it (the stand-in's
 * stand-in for bookings made at reception) or an appointment booked through GP Connect holds it.
 */
public record DiarySlot(
    SlotId id, DiarySchedule schedule, Instant start, Instant end, boolean free) {

  public DiarySlot taken() {
    return new DiarySlot(id, schedule, start, end, false);
  }
}
