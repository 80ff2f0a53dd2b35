package uk.practiceconnect.booking.entity;

/**
 * Where a booking stands. PENDING is written before EMIS is asked and holds the slot; it becomes
 * CONFIRMED or FAILED once EMIS has answered (or, after a time-out, once the patient's appointments
 * in EMIS have been checked). A confirmed booking ends CANCELLED (through us, a reminder's link or
 * in EMIS) or MOVED (the practice moved the appointment to another time in EMIS).
 */
public enum BookingStatus {
  PENDING,
  CONFIRMED,
  FAILED,
  CANCELLED,
  MOVED;

  /** Holds its slot: no other booking may claim it. */
  public boolean holdsSlot() {
    return this == PENDING || this == CONFIRMED;
  }
}
