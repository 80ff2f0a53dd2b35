package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.SlotScope;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The slots a patient (or another system) may book now: EMIS's free slots, within the practice's
 * rules and the given scope, less the ones our own bookings hold.
 */
@ApplicationScoped
public class SlotSearch {

  @Inject SlotCatalogue catalogue;
  @Inject Bookings bookings;
  @Inject Clock clock;

  /**
   * @param from earliest start wanted (null: now)
   * @param to latest start wanted, exclusive (null: the end of the booking window)
   * @param slotType only this type (null: every type in scope)
   */
  public List<EmisSlot> bookable(
      Practice practice,
      BookingRule rule,
      SlotScope scope,
      Instant from,
      Instant to,
      SlotType slotType) {
    Instant now = clock.instant();
    Set<String> held = bookings.claimedSlots(practice.id(), now);
    return catalogue.freeSlots(practice, rule).stream()
        .filter(s -> from == null || !s.start().isBefore(from))
        .filter(s -> to == null || s.start().isBefore(to))
        .filter(s -> slotType == null || slotType.matches(s.slotType()))
        .filter(s -> !held.contains(s.slotId()))
        .filter(s -> rule.check(s, scope, now).isEmpty())
        .sorted(Comparator.comparing(EmisSlot::start).thenComparing(EmisSlot::slotId))
        .toList();
  }

  /** A free slot by id, as EMIS last listed it (not yet checked against the rules). */
  public Optional<EmisSlot> findFree(Practice practice, BookingRule rule, String slotId) {
    return catalogue.findFree(practice, rule, slotId);
  }
}
