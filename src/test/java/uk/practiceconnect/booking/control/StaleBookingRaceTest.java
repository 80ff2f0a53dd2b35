package uk.practiceconnect.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.Channel;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/**
 * The stale-booking resolver against the request it may overtake: the request is still waiting for
 * EMIS when the resolver finds nothing in EMIS; then EMIS books it after all. The record must still
 * be there to confirm (it used to be deleted, and confirming it threw a NullPointerException), and
 * an appointment whose record is gone must not be left in EMIS.
 */
class StaleBookingRaceTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final Instant START = NOW.plusSeconds(86_400);

  /** Booking records in memory, changed with the entity's own rules as Bookings does. */
  static final class MemoryBookings extends Bookings {
    final Map<Long, Booking> rows = new HashMap<>();

    @Override
    public Optional<Booking> confirm(
        Long id, String appointmentId, Practice p, Optional<MobileNumber> to, boolean show) {
      Booking b = rows.get(id);
      if (b == null) {
        return Optional.empty();
      }
      if (b.awaitsEmis()) {
        b.confirm(appointmentId, "hash", NOW);
      }
      return Optional.of(b);
    }

    @Override
    public Booking giveUp(Long id, Instant staleBefore) {
      Booking b = rows.get(id);
      if (b != null && b.status() == BookingStatus.PENDING && b.createdAt().isBefore(staleBefore)) {
        b.giveUp();
      }
      return b;
    }

    @Override
    public Booking fail(Long id, String failure) {
      Booking b = rows.get(id);
      if (b != null && b.status() == BookingStatus.PENDING) {
        b.fail(failure);
      }
      return b;
    }

    @Override
    public void discard(Long id) {
      Booking b = rows.get(id);
      if (b != null && b.status() == BookingStatus.PENDING) {
        rows.remove(id);
      }
    }
  }

  /** EMIS as the test sets it: what it holds for the patient, and what booking answers. */
  static final class ScriptedEmis extends PartnerApi {
    final List<EmisAppointment> held = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();

    @Override
    public List<EmisAppointment> patientAppointments(Practice p, NhsNumber nhs, Instant from) {
      return List.copyOf(held);
    }

    @Override
    public EmisAppointment book(Practice p, String slotId, NhsNumber nhs, String reason) {
      EmisAppointment a = appointment(slotId);
      held.add(a);
      return a;
    }

    @Override
    public EmisAppointment cancel(
        Practice p, String appointmentId, String reason, AppointmentCancelled.Route route) {
      cancelled.add(appointmentId + " " + route);
      return null;
    }
  }

  final MemoryBookings bookings = new MemoryBookings();
  final ScriptedEmis partner = new ScriptedEmis();
  final EmisBooking emis = new EmisBooking();
  final Practice practice =
      withId(new Practice(OdsCode.of("A81001"), new PracticeName("Test"), NOW), 7L);

  StaleBookingRaceTest() {
    emis.partner = new AppointmentBook();
    emis.partner.emis = partner;
    emis.bookings = bookings;
    emis.catalogue = new SlotCatalogue();
    emis.settings =
        new BookingSettingsService() {
          @Override
          public BookingRule rule(Long practiceId) {
            return BookingRule.defaults();
          }
        };
  }

  static EmisAppointment appointment(String slotId) {
    return new EmisAppointment(
        "A-" + slotId,
        slotId,
        START,
        START.plusSeconds(600),
        "Routine GP appointment",
        "Dr Amina Khan",
        null,
        NOW,
        null,
        null);
  }

  Booking pendingSince(Instant createdAt, long id) {
    Booking b =
        new Booking(
            7L,
            Channel.API,
            "test",
            "key-" + id,
            "fp",
            new EmisSlot(
                "42",
                "s1",
                START,
                START.plusSeconds(600),
                10,
                "Routine GP appointment",
                "Dr Amina Khan",
                EmisSlot.Status.FREE),
            NhsNumber.of("9990000018"),
            null,
            null,
            createdAt);
    bookings.rows.put(id, withId(b, id));
    return b;
  }

  @Test
  void theResolverGivesUpWithoutDeletingSoEmisLateAnswerIsStillRecorded() {
    Booking slow = pendingSince(NOW.minusSeconds(120), 1L);
    // the request is still waiting for EMIS; the resolver looks and EMIS has nothing yet
    assertTrue(emis.resolveStale(slow, practice).isEmpty());
    assertEquals(BookingStatus.FAILED, bookings.rows.get(1L).status(), "given up, kept");
    assertTrue(bookings.rows.get(1L).isGivenUp());
    // now EMIS books it for the request that was still waiting: no NullPointerException
    Booking confirmed = emis.book(slow, practice, Optional.empty(), true);
    assertEquals(BookingStatus.CONFIRMED, confirmed.status());
    assertEquals("A-42", confirmed.appointmentId().orElseThrow());
    assertTrue(partner.cancelled.isEmpty(), "nothing undone in EMIS");
  }

  @Test
  void theResolverConfirmsWhatEmisHas() {
    Booking slow = pendingSince(NOW.minusSeconds(120), 2L);
    partner.held.add(appointment("42"));
    assertEquals(BookingStatus.CONFIRMED, emis.resolveStale(slow, practice).orElseThrow().status());
  }

  @Test
  void anEmisAppointmentWhoseRecordIsGoneIsCancelledAgain() {
    Booking orphan = pendingSince(NOW, 3L);
    bookings.rows.clear();
    assertThrows(DomainException.class, () -> emis.book(orphan, practice, Optional.empty(), true));
    assertEquals(List.of("A-42 ONLINE_BOOKING"), partner.cancelled);
  }

  static <T> T withId(T entity, Long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
