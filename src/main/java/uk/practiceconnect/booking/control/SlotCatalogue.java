package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The free slots of each practice's booking window, kept for a few seconds: a slot search then
 * costs one EMIS call per practice per few seconds instead of one per patient. Concurrent misses
 * share one EMIS call. A booking takes its slot out at once; a cancellation drops the practice's
 * list. Slots held by bookings made through any instance are filtered out with at most a second's
 * delay ({@link ClaimedSlots}); should one still be chosen, booking it fails cleanly (our slot
 * claim or the GP system refuses it).
 */
@ApplicationScoped
public class SlotCatalogue {

  /** A list read from EMIS, and the slots taken out of it since (booked by us meanwhile). */
  private record Entry(
      Instant fetchedAt, Instant until, List<EmisSlot> slots, java.util.Set<String> taken) {}

  @Inject AppointmentBook partner;
  @Inject ClaimedSlots claimed;
  @Inject BookingConfig config;
  @Inject Clock clock;

  private final ConcurrentHashMap<Long, CompletableFuture<Entry>> entries =
      new ConcurrentHashMap<>();

  /** Free slots from now to the rule's horizon (not yet filtered by the rule). */
  public List<EmisSlot> freeSlots(Practice practice, BookingRule rule) {
    Instant now = clock.instant();
    Instant until = rule.horizon(now);
    Duration ttl = config.slotCacheTtl();
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> current =
        entries.compute(
            practice.id(),
            (id, old) -> {
              if (old == null) {
                return mine;
              }
              if (!old.isDone()) {
                return old; // someone is loading it: wait for that
              }
              Entry e = old.getNow(null);
              boolean fresh =
                  e != null
                      && e.fetchedAt().plus(ttl).isAfter(now)
                      && !e.until().isBefore(until.minus(ttl));
              return fresh ? old : mine;
            });
    if (current == mine) {
      try {
        List<EmisSlot> slots = partner.slots(practice, now, until, null, true);
        mine.complete(new Entry(now, until, List.copyOf(slots), java.util.Set.of()));
      } catch (RuntimeException e) {
        entries.remove(practice.id(), mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      List<EmisSlot> slots = current.join().slots();
      if (claimed == null) { // plain unit tests
        return slots;
      }
      Set<String> held = claimed.of(practice.id());
      return held.isEmpty()
          ? slots
          : slots.stream().filter(s -> !held.contains(s.slotId())).toList();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * A slot by id. One not in the list may be newer than the list: the list is read again (one EMIS
   * call shared by everyone asking at that moment), unless the slot was taken out because it was
   * just booked, which is the usual reason for a miss when many want the same slot. Only API keys
   * can ask for ids that were never offered.
   */
  public java.util.Optional<EmisSlot> findFree(Practice practice, BookingRule rule, String slotId) {
    java.util.Optional<EmisSlot> hit = find(freeSlots(practice, rule), slotId);
    if (hit.isPresent()) {
      return hit;
    }
    CompletableFuture<Entry> f = entries.get(practice.id());
    Entry e = f != null && f.isDone() && !f.isCompletedExceptionally() ? f.getNow(null) : null;
    if (e == null || e.taken().contains(slotId) || !e.fetchedAt().isBefore(clock.instant())) {
      return hit;
    }
    entries.remove(practice.id(), f);
    return find(freeSlots(practice, rule), slotId);
  }

  private static java.util.Optional<EmisSlot> find(List<EmisSlot> slots, String slotId) {
    return slots.stream().filter(s -> s.slotId().equals(slotId)).findFirst();
  }

  /** The slot was just booked (by us or, as EMIS told us, by someone else). */
  public void markTaken(Long practiceId, String slotId) {
    if (claimed != null) {
      claimed.forget(practiceId);
    }
    entries.computeIfPresent(
        practiceId,
        (id, f) -> {
          Entry e = f.isDone() && !f.isCompletedExceptionally() ? f.getNow(null) : null;
          if (e == null) {
            return f;
          }
          List<EmisSlot> left = e.slots().stream().filter(s -> !s.slotId().equals(slotId)).toList();
          var taken = new java.util.HashSet<>(e.taken());
          taken.add(slotId);
          return CompletableFuture.completedFuture(
              new Entry(e.fetchedAt(), e.until(), left, java.util.Set.copyOf(taken)));
        });
  }

  /** Something freed a slot or changed the rules: read EMIS again next time. */
  public void invalidate(Long practiceId) {
    entries.remove(practiceId);
    if (claimed != null) {
      claimed.forget(practiceId);
    }
  }
}
