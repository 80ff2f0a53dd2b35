package uk.practiceconnect.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/**
 * Two instances, each with its own cached slot list: a slot booked through one stops being offered
 * by the other as soon as the other reads the shared bookings again (at most a second), without
 * waiting for its slot list to expire and without asking EMIS again.
 */
class SlotCatalogueClusterTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** The database both instances share. */
  final TestDatabase db = new TestDatabase();

  final EntityManager em = db.newEntityManager();

  final AtomicInteger emisCalls = new AtomicInteger();

  final Practice practice =
      StaleBookingRaceTest.withId(
          new Practice(OdsCode.of("A81001"), new PracticeName("Test"), NOW), 7L);

  SlotCatalogue instance(Clock time) {
    var emis =
        new PartnerApi() {
          @Override
          public List<EmisSlot> slots(
              Practice p, Instant from, Instant to, String type, boolean freeOnly) {
            emisCalls.incrementAndGet();
            return List.of(slot("s1"), slot("s2"), slot("s3"));
          }
        };
    var catalogue = new SlotCatalogue();
    catalogue.partner = new AppointmentBook();
    catalogue.partner.emis = emis;
    catalogue.config =
        new BookingConfig() {
          @Override
          public Duration slotCacheTtl() {
            return Duration.ofSeconds(20);
          }
        };
    catalogue.clock = time;
    catalogue.claimed = new ClaimedSlots();
    catalogue.claimed.em = em;
    catalogue.claimed.clock = time;
    catalogue.claimed.start();
    return catalogue;
  }

  @AfterEach
  void close() {
    em.close();
    db.close();
  }

  /** A confirmed booking holding the slot, as instance a's booking leaves it in the database. */
  void book(String slotId) {
    TestDatabase.inTransaction(
        em,
        () -> {
          em.createNativeQuery(
                  "insert into practice (id, ods_code, name, created_at) values (7, 'A81001',"
                      + " 'Test', ?1)")
              .setParameter(1, NOW)
              .executeUpdate();
          em.createNativeQuery(
                  "insert into booking (booking_ref, practice_id, status, channel, actor,"
                      + " idempotency_key, request_hash, slot_id, slot_claim, slot_start, slot_end,"
                      + " slot_type, nhs_number, created_at) values ('r1', 7, 'CONFIRMED', 'API',"
                      + " 'key', 'k1', 'h', ?1, ?1, ?2, ?3, 'Routine GP appointment', '9990000018',"
                      + " ?4)")
              .setParameter(1, slotId)
              .setParameter(2, NOW.plus(Duration.ofDays(1)))
              .setParameter(3, NOW.plus(Duration.ofDays(1)).plusSeconds(900))
              .setParameter(4, NOW)
              .executeUpdate();
        });
  }

  static EmisSlot slot(String id) {
    return new EmisSlot(
        id,
        "session",
        NOW.plus(Duration.ofDays(1)),
        NOW.plus(Duration.ofDays(1)).plusSeconds(900),
        15,
        "Routine GP appointment",
        "Dr Test",
        EmisSlot.Status.FREE);
  }

  @Test
  void aSlotBookedThroughOneInstanceIsNoLongerOfferedByAnotherWithinASecond() {
    MovableClock clock = new MovableClock(NOW);
    SlotCatalogue a = instance(clock);
    SlotCatalogue b = instance(clock);
    BookingRule rule = BookingRule.defaults();
    assertEquals(List.of("s1", "s2", "s3"), ids(b.freeSlots(practice, rule)));

    book("s2"); // through instance a
    a.markTaken(practice.id(), "s2");
    assertEquals(List.of("s1", "s3"), ids(a.freeSlots(practice, rule)), "at once where booked");

    clock.move(Duration.ofMillis(999));
    assertEquals(3, b.freeSlots(practice, rule).size(), "b may still offer it within the second");
    clock.move(Duration.ofMillis(1));
    assertEquals(List.of("s1", "s3"), ids(b.freeSlots(practice, rule)), "gone from b after it");
    assertEquals(2, emisCalls.get(), "each instance read EMIS once: the list itself was kept");
  }

  static List<String> ids(List<EmisSlot> slots) {
    return slots.stream().map(EmisSlot::slotId).toList();
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
