package uk.practiceconnect.sandbox.gpconnect.entity;

/** The two states an appointment booked through GP Connect can be in. */
public enum AppointmentStatus {
  BOOKED,
  CANCELLED
}
