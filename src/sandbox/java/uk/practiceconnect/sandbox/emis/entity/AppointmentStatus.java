package uk.practiceconnect.sandbox.emis.entity;

/** A booked appointment stays BOOKED until it is cancelled; moving it keeps it BOOKED. */
public enum AppointmentStatus {
  BOOKED,
  CANCELLED
}
