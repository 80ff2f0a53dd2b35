package uk.practiceconnect.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.platform.entity.Validation;

/**
 * A practice's online booking rules, as one value: whether booking is on, for everyone or by
 * invitation only, how far ahead and with how much notice, how many future online bookings a
 * patient may hold, and until when a patient may cancel. Checks are pure so they can be tested with
 * any clock.
 */
public record BookingRule(
    boolean enabled,
    boolean openBooking,
    int weeksAhead,
    Duration minimumNotice,
    int maxFutureBookings,
    Duration cancelCutoff,
    boolean showClinician,
    SlotScope bookable) {

  public static final int MAX_WEEKS_AHEAD = 12;
  public static final int MAX_NOTICE_HOURS = 14 * 24;
  public static final int MAX_BOOKINGS = 20;
  public static final int MAX_CUTOFF_HOURS = 7 * 24;

  /** What a practice starts with (the peers' usual choices): off until the practice opts in. */
  public static BookingRule defaults() {
    return new BookingRule(
        false,
        false,
        6,
        Duration.ofHours(2),
        2,
        Duration.ofHours(1),
        true,
        new SlotScope(java.util.Map.of()));
  }

  /** The settings as typed, checked field by field (all problems reported at once). */
  public static BookingRule validated(
      boolean enabled,
      boolean openBooking,
      Integer weeksAhead,
      Integer minimumNoticeMinutes,
      Integer maxFutureBookings,
      Integer cancelCutoffMinutes,
      boolean showClinician,
      SlotScope bookable) {
    var v = new Validation();
    range(v, "weeksAhead", weeksAhead, 1, MAX_WEEKS_AHEAD, "How far ahead", " weeks");
    range(
        v,
        "minimumNoticeMinutes",
        minimumNoticeMinutes,
        0,
        MAX_NOTICE_HOURS * 60,
        "Minimum notice",
        " minutes");
    range(
        v,
        "maxFutureBookings",
        maxFutureBookings,
        1,
        MAX_BOOKINGS,
        "Future online bookings per patient",
        "");
    range(
        v,
        "cancelCutoffMinutes",
        cancelCutoffMinutes,
        0,
        MAX_CUTOFF_HOURS * 60,
        "Cancel cut-off",
        " minutes");
    if (enabled && openBooking && bookable.isEmpty()) {
      v.reject("slotTypes", "Choose at least one slot type patients may book online");
    }
    v.throwIfInvalid();
    return new BookingRule(
        enabled,
        openBooking,
        weeksAhead,
        Duration.ofMinutes(minimumNoticeMinutes),
        maxFutureBookings,
        Duration.ofMinutes(cancelCutoffMinutes),
        showClinician,
        bookable);
  }

  private static void range(
      Validation v, String field, Integer value, int min, int max, String what, String unit) {
    if (value == null) {
      v.reject(field, what + ": enter a whole number");
    } else if (value < min || value > max) {
      v.reject(field, what + " must be between " + min + " and " + max + unit);
    }
  }

  /** The latest start a patient may book now. */
  public Instant horizon(Instant now) {
    return now.plus(Duration.ofDays(7L * weeksAhead));
  }

  /** The earliest start a patient may book now. */
  public Instant earliest(Instant now) {
    return now.plus(minimumNotice);
  }

  /** Whether this channel may book at all: invitations work even when open booking is off. */
  public Optional<RuleBreach> checkChannel(boolean invited) {
    return checkChannel(invited, true);
  }

  /**
   * As {@link #checkChannel(boolean)}, where the open patient page may be offered at all only when
   * {@code openPageOffered}: not for a practice reached through GP Connect, as patient self-service
   * through GP Connect belongs to NHS England's patient-facing API behind NHS login.
   */
  public Optional<RuleBreach> checkChannel(boolean invited, boolean openPageOffered) {
    if (!enabled) {
      return Optional.of(RuleBreach.BOOKING_OFF);
    }
    if (!invited && !(openBooking && openPageOffered)) {
      return Optional.of(RuleBreach.INVITATION_ONLY);
    }
    return Optional.empty();
  }

  /** Whether the slot may be booked now within {@code scope} (the rules' or an invitation's). */
  public Optional<RuleBreach> check(EmisSlot slot, SlotScope scope, Instant now) {
    if (!slot.isFree()) {
      return Optional.of(RuleBreach.NOT_FREE);
    }
    if (!slot.start().isAfter(now)) {
      return Optional.of(RuleBreach.IN_THE_PAST);
    }
    if (slot.start().isBefore(earliest(now))) {
      return Optional.of(RuleBreach.TOO_SOON);
    }
    if (slot.start().isAfter(horizon(now))) {
      return Optional.of(RuleBreach.TOO_FAR_AHEAD);
    }
    if (!scope.allowsType(slot.slotType())) {
      return Optional.of(RuleBreach.TYPE_NOT_BOOKABLE);
    }
    if (!scope.allows(slot)) {
      return Optional.of(RuleBreach.CLINICIAN_NOT_BOOKABLE);
    }
    return Optional.empty();
  }

  /** Another booking for a patient who already holds {@code futureBookings} future ones. */
  public Optional<RuleBreach> checkCap(long futureBookings) {
    return futureBookings >= maxFutureBookings
        ? Optional.of(RuleBreach.TOO_MANY_BOOKINGS)
        : Optional.empty();
  }

  /** A patient may cancel online until the cut-off before the start. */
  public Optional<RuleBreach> checkCancel(Instant start, Instant now) {
    return now.plus(cancelCutoff).isAfter(start)
        ? Optional.of(RuleBreach.CANCEL_TOO_LATE)
        : Optional.empty();
  }
}
