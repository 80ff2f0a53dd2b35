package uk.practiceconnect.sandbox.emis.entity;

/** Whether a slot can be booked: only FREE ones can. */
public enum SlotStatus {
  FREE,
  BOOKED,
  BLOCKED,
  EMBARGOED
}
