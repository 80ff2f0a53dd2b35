package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import uk.practiceconnect.platform.entity.DomainException;

/**
 * The times on the choose step: the days offered (shown one at a time), the time picked from them,
 * and whether the appointment book could be read at all. Reading the times again forgets the pick,
 * so a patient only ever confirms a time from the list they last saw.
 */
final class OfferedTimes implements Serializable {

  private static final long serialVersionUID = 1L;

  private DayPager days = DayPager.empty();
  private SlotChoices.Option chosen;
  private boolean unavailable;

  /**
   * Reads the times afresh. If the appointment book cannot be read nothing is offered, and {@code
   * errors} say so (after {@code message}, if any) with a link to "Try again": never an error page.
   *
   * @return whether the times could be read
   */
  boolean read(Supplier<List<SlotChoices.Day>> bookable, PatientErrors errors, String message) {
    try {
      days = new DayPager(bookable.get());
      chosen = null;
      unavailable = false;
      return true;
    } catch (DomainException e) {
      days = DayPager.empty();
      chosen = null;
      unavailable = true;
      errors.clear();
      errors.add(
          null, "retryTimes", (message == null ? "" : message + " ") + JourneyProblems.UNREACHABLE);
      return false;
    }
  }

  /**
   * Picks the time the browser sent, if it is one that was offered; otherwise nothing is picked and
   * {@code errors} ask for a time.
   */
  boolean pick(String slotId, PatientErrors errors) {
    chosen = days.offered(slotId).orElse(null);
    if (chosen == null) {
      errors.add("slot", days.firstOptionId(), "Choose a time");
    }
    return chosen != null;
  }

  DayPager days() {
    return days;
  }

  /** The time picked, or null. */
  SlotChoices.Option chosen() {
    return chosen;
  }

  /** The appointment book could not be read when the times were last asked for. */
  boolean unavailable() {
    return unavailable;
  }
}
