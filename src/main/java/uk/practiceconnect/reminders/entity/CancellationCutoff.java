package uk.practiceconnect.reminders.entity;

import java.time.Duration;
import java.time.Instant;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * Patients may cancel from their reminder until this long before the appointment (default 1 hour).
 */
public record CancellationCutoff(Duration before) {

  public static final Duration MAX = Duration.ofHours(72);
  public static final CancellationCutoff DEFAULT = new CancellationCutoff(Duration.ofHours(1));

  public CancellationCutoff {
    if (before == null || before.isNegative() || before.compareTo(MAX) > 0) {
      throw new InvalidValueException("The cancellation cut-off is between 0 and 72 hours");
    }
    if (before.toSecondsPart() != 0) {
      throw new InvalidValueException("Give the cancellation cut-off in whole minutes");
    }
  }

  public static CancellationCutoff ofMinutes(int minutes) {
    return new CancellationCutoff(Duration.ofMinutes(minutes));
  }

  public int minutes() {
    return (int) before.toMinutes();
  }

  /** The last moment a patient may cancel an appointment starting at {@code start}. */
  public Instant lastChance(Instant start) {
    return start.minus(before);
  }

  public boolean allows(Instant now, Instant start) {
    return now.isBefore(lastChance(start));
  }
}
