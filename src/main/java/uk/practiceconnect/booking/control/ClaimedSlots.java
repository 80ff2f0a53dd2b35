package uk.practiceconnect.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.platform.control.TtlCache;

/**
 * The slots a practice's bookings hold now (pending or confirmed, from the database every instance
 * shares), read at most once a {@link #FOR second} per practice per instance. Slot lists are cached
 * for longer ({@link SlotCatalogue}); filtering them by this set means a slot booked through any
 * instance stops being offered by every instance within a second.
 */
@ApplicationScoped
public class ClaimedSlots {

  static final Duration FOR = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private TtlCache<Long, Set<String>> claimed;

  @PostConstruct
  void start() {
    claimed = new TtlCache<>(FOR, 50_000, clock);
  }

  public Set<String> of(Long practiceId) {
    return claimed
        .get(
            practiceId,
            id ->
                Optional.of(
                    Set.copyOf(
                        em.createQuery(
                                "select b.slotClaim from Booking b where b.practiceId = :p"
                                    + " and b.slotClaim is not null and b.slotStart >= :now",
                                String.class)
                            .setParameter("p", id)
                            .setParameter("now", clock.instant())
                            .getResultList())))
        .orElse(Set.of());
  }

  /** This instance's own booking changed the set: read it afresh next time. */
  public void forget(Long practiceId) {
    claimed.invalidate(practiceId);
  }
}
