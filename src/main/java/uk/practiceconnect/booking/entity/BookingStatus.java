package uk.practiceconnect.booking.entity;

/**
 * Where a booking stands. PENDING is written before EMIS is asked and holds the slot; it becomes
 * CONFIRMED or FAILED once EMIS has answered (or, after a time-out, once the patient's appointments
 * in EMIS have been checked).
 */
public enum BookingStatus {
  PENDING,
  CONFIRMED,
  FAILED,
  CANCELLED;

  /** Holds its slot: no other booking may claim it. */
  public boolean holdsSlot() {
    return this == PENDING || this == CONFIRMED;
  }
}
