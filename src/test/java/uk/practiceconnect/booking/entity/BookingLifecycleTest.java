package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.NhsNumber;

class BookingLifecycleTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final Instant START = NOW.plusSeconds(86_400);

  static Booking pending() {
    return new Booking(
        1L,
        Channel.WEB,
        "patient (web)",
        "web:1:42",
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
        NOW);
  }

  static EmisAppointment appointment(String slotId, Instant start) {
    return new EmisAppointment(
        "A-1",
        slotId,
        start,
        start.plusSeconds(600),
        "Routine GP appointment",
        "Dr Amina Khan",
        null,
        NOW,
        null,
        null);
  }

  @Test
  void aBookingGivenUpKeepsItsRecordButNotItsSlot() {
    Booking b = pending();
    b.giveUp();
    assertEquals(BookingStatus.FAILED, b.status());
    assertTrue(b.isGivenUp());
    assertFalse(b.holdsClaim(), "the slot may be claimed again");
    assertTrue(b.awaitsEmis(), "a late answer from EMIS may still be recorded");
  }

  @Test
  void emisBookingLateAfterTheBookingWasGivenUpIsStillRecorded() {
    Booking b = pending();
    b.giveUp();
    b.confirm("A-1", "hash", NOW.plusSeconds(90));
    assertEquals(BookingStatus.CONFIRMED, b.status());
    assertEquals("A-1", b.appointmentId().orElseThrow());
    assertTrue(b.failure().isEmpty());
    assertFalse(b.holdsClaim(), "another request may hold the claim by now; EMIS holds the slot");
  }

  @Test
  void aRefusedBookingCannotBeConfirmed() {
    Booking b = pending();
    b.fail("SLOT_TAKEN");
    assertFalse(b.awaitsEmis());
    assertThrows(IllegalStateException.class, () -> b.confirm("A-1", "hash", NOW));
  }

  @Test
  void aRetryReopensAGivenUpBookingWithItsSlotClaim() {
    Booking b = pending();
    b.giveUp();
    b.reopen(NOW.plusSeconds(120));
    assertEquals(BookingStatus.PENDING, b.status());
    assertTrue(b.holdsClaim());
    assertTrue(b.wasReopened(), "EMIS is looked at before booking again");
    assertEquals(NOW.plusSeconds(120), b.createdAt());
    Booking confirmed = pending();
    confirmed.confirm("A-2", "hash", NOW);
    assertThrows(IllegalStateException.class, () -> confirmed.reopen(NOW));
  }

  @Test
  void cancelledOrMovedInEmisReleasesTheSlotAndSaysHow() {
    Booking cancelled = pending();
    cancelled.confirm("A-1", "hash", NOW);
    cancelled.cancel(CancelChannel.SYSTEM, CancelChannel.EMIS, NOW.plusSeconds(60));
    assertEquals(BookingStatus.CANCELLED, cancelled.status());
    assertEquals(CancelChannel.EMIS, cancelled.cancelChannel().orElseThrow());
    assertFalse(cancelled.holdsClaim());
    assertFalse(cancelled.status().holdsSlot(), "no longer counts towards the patient's limit");

    Booking moved = pending();
    moved.confirm("A-1", "hash", NOW);
    moved.movedInEmis(START.plusSeconds(3600), CancelChannel.SYSTEM, NOW.plusSeconds(60));
    assertEquals(BookingStatus.MOVED, moved.status());
    assertEquals(START.plusSeconds(3600), moved.movedTo().orElseThrow());
    assertFalse(moved.holdsClaim());
    assertFalse(moved.status().holdsSlot());
  }

  @Test
  void emisCheckTellsStillBookedMovedAndCancelledApart() {
    Booking b = pending();
    b.confirm("A-1", "hash", NOW);
    assertTrue(EmisCheck.of(b, appointment("42", START)).stillBooked());
    EmisCheck moved = EmisCheck.of(b, appointment("43", START.plusSeconds(3600)));
    assertTrue(moved.moved());
    assertEquals(START.plusSeconds(3600), moved.movedTo());
    assertEquals(EmisCheck.Outcome.CANCELLED, EmisCheck.of(b, null).outcome());
  }

  @Test
  void onlyBreachesAboutTheTimeItselfOfferFreshChoices() {
    assertTrue(RuleBreach.TOO_SOON.aboutTheTime());
    assertTrue(RuleBreach.IN_THE_PAST.aboutTheTime());
    assertTrue(RuleBreach.NOT_FREE.aboutTheTime());
    assertFalse(RuleBreach.TOO_MANY_BOOKINGS.aboutTheTime());
    assertFalse(RuleBreach.BOOKING_OFF.aboutTheTime());
  }
}
