package uk.practiceconnect.gpconnect.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.UkTime;

/**
 * A date and time exactly as the provider wrote it (for example {@code 2019-03-29T11:30:00+01:00}).
 * Kept as text because a booking must repeat a slot's start and end as the provider sent them: the
 * provider compares them with the slot's own, and a re-formatted value (a dropped {@code :00}, a
 * {@code Z} for {@code +00:00}) could be refused.
 */
public record ProviderDateTime(String wire, Instant instant) {

  /** GP Connect wants UK local time with a {@code +hh:mm} offset, never {@code Z}. */
  private static final DateTimeFormatter LOCAL_WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  public ProviderDateTime {
    if (wire == null || instant == null) {
      throw new InvalidValueException("A date and time is missing in the GP system's answer");
    }
  }

  public static ProviderDateTime parse(String wire) {
    try {
      return new ProviderDateTime(wire, OffsetDateTime.parse(wire).toInstant());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidValueException("The GP system sent a date and time that cannot be read");
    }
  }

  /**
   * How we write an instant to a provider: UK local time to the second, {@code +00:00} in winter.
   */
  public static ProviderDateTime ofInstant(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return new ProviderDateTime(LOCAL_WITH_OFFSET.format(seconds.atZone(UkTime.ZONE)), seconds);
  }

  @Override
  public String toString() {
    return wire;
  }
}
