package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import uk.practiceconnect.platform.entity.DomainException;

/**
 * The times on the choose step: every free time read, the patient's filter over them, the days that
 * pass it (shown one at a time), the time picked, and whether the appointment book could be read at
 * all. Reading the times again forgets the pick, so a patient only ever confirms a time from the
 * list they last saw.
 */
final class OfferedTimes implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<SlotChoices.Option> offered = List.of();
  private final TimeFilter filter = new TimeFilter();
  private DayPager days = DayPager.empty();
  private SlotChoices.Option chosen;
  private boolean unavailable;

  /**
   * Reads the times afresh. If the appointment book cannot be read nothing is offered, and {@code
   * errors} say so (after {@code message}, if any) with a link to "Try again": never an error page.
   *
   * @return whether the times could be read
   */
  boolean read(Supplier<List<SlotChoices.Option>> bookable, PatientErrors errors, String message) {
    try {
      offered = bookable.get();
      filter.offer(offered);
      days = new DayPager(SlotChoices.group(filter.apply(offered)));
      chosen = null;
      unavailable = false;
      return true;
    } catch (DomainException e) {
      offered = List.of();
      filter.offer(offered);
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

  /**
   * Shows only the times of {@code type} and {@code clinician} (blank or unknown: all), on the same
   * day as before if that day still has times.
   */
  void filter(String type, String clinician) {
    String shown = days.getDay() == null ? null : days.getDay().getLabel();
    filter.choose(type, clinician);
    days = new DayPager(SlotChoices.group(filter.apply(offered)));
    days.showLabelled(shown);
    chosen = null;
  }

  TimeFilter filter() {
    return filter;
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
