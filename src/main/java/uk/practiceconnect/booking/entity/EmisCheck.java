package uk.practiceconnect.booking.entity;

import java.time.Instant;
import uk.practiceconnect.emis.entity.EmisAppointment;

/**
 * What a read of EMIS's booked appointments says about one confirmed booking: still booked at its
 * slot, moved to another time (EMIS keeps the appointment's id when staff move it), or no longer
 * booked (cancelled, or moved outside the range that was read).
 */
public record EmisCheck(Outcome outcome, Instant movedTo) {

  public enum Outcome {
    STILL_BOOKED,
    MOVED,
    CANCELLED
  }

  /**
   * @param booking the confirmed booking
   * @param found EMIS's booked appointment with the booking's appointment id, or null if EMIS has
   *     no such booked appointment in the range read
   */
  public static EmisCheck of(Booking booking, EmisAppointment found) {
    if (found == null) {
      return new EmisCheck(Outcome.CANCELLED, null);
    }
    boolean sameSlot =
        booking.slotId().equals(found.slotId())
            && (found.start() == null || found.start().equals(booking.slotStart()));
    return sameSlot
        ? new EmisCheck(Outcome.STILL_BOOKED, null)
        : new EmisCheck(Outcome.MOVED, found.start());
  }

  public boolean stillBooked() {
    return outcome == Outcome.STILL_BOOKED;
  }

  public boolean moved() {
    return outcome == Outcome.MOVED;
  }
}
