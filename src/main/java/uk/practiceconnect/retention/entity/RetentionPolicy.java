package uk.practiceconnect.retention.entity;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** How long each kind is kept: whole days, at least one. */
public final class RetentionPolicy {

  private final Map<RetentionKind, Duration> periods;

  private RetentionPolicy(Map<RetentionKind, Duration> periods) {
    this.periods = Collections.unmodifiableMap(periods);
  }

  /**
   * The periods from configuration: {@code daysOf} answers a kind's configured days, or null for
   * its default.
   */
  public static RetentionPolicy of(Function<RetentionKind, Integer> daysOf) {
    Map<RetentionKind, Duration> periods = new EnumMap<>(RetentionKind.class);
    for (RetentionKind kind : RetentionKind.values()) {
      Integer configured = daysOf.apply(kind);
      int days = configured == null ? kind.defaultDays() : configured;
      if (days < 1) {
        throw new IllegalArgumentException(
            kind.configKey() + " must be a whole number of days, at least 1 (it is " + days + ")");
      }
      periods.put(kind, Duration.ofDays(days));
    }
    return new RetentionPolicy(periods);
  }

  public static RetentionPolicy defaults() {
    return of(kind -> null);
  }

  public Duration period(RetentionKind kind) {
    return periods.get(kind);
  }
}
