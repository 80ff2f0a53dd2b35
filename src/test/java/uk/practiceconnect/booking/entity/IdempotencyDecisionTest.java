package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.practiceconnect.booking.entity.IdempotencyDecision.decide;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.practiceconnect.patient.entity.NhsNumber;

class IdempotencyDecisionTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  static BookingRequest request(String slot, String nhs, String surname, String reason) {
    return new BookingRequest(
        slot,
        NhsNumber.of(nhs),
        new DateOfBirth(LocalDate.of(1985, 6, 14)),
        Surname.of(surname),
        reason);
  }

  static final String FP = request("42", "9990000018", "Morgan", "cough").fingerprint();

  @Test
  void anUnknownKeyIsNew() {
    assertEquals(IdempotencyDecision.NEW, decide(null, FP, NOW, TIMEOUT));
  }

  @ParameterizedTest
  @EnumSource(
      value = BookingStatus.class,
      names = {"CONFIRMED", "CANCELLED", "FAILED"})
  void theSameBodyAfterAnAnswerIsAReplay(BookingStatus status) {
    assertEquals(
        IdempotencyDecision.REPLAY, decide(status, FP, NOW.minusSeconds(5), FP, NOW, TIMEOUT));
  }

  @ParameterizedTest
  @EnumSource(BookingStatus.class)
  void aDifferentBodyIsRefusedWhateverHappenedToTheFirst(BookingStatus status) {
    String other = request("43", "9990000018", "Morgan", "cough").fingerprint();
    assertEquals(IdempotencyDecision.KEY_REUSED, decide(status, FP, NOW, other, NOW, TIMEOUT));
  }

  @Test
  void aPendingBookingIsInProgressUntilItsTimeIsUpThenReconciled() {
    assertEquals(
        IdempotencyDecision.IN_PROGRESS,
        decide(BookingStatus.PENDING, FP, NOW.minusSeconds(59), FP, NOW, TIMEOUT));
    assertEquals(
        IdempotencyDecision.RECONCILE,
        decide(BookingStatus.PENDING, FP, NOW.minusSeconds(60), FP, NOW, TIMEOUT));
    assertEquals(
        IdempotencyDecision.RECONCILE,
        decide(BookingStatus.PENDING, FP, NOW.minusSeconds(600), FP, NOW, TIMEOUT));
  }

  static Booking booking(String fingerprint) {
    var slot =
        new uk.practiceconnect.emis.entity.EmisSlot(
            "42",
            "s1",
            NOW.plusSeconds(86_400),
            NOW.plusSeconds(87_000),
            10,
            "Routine GP appointment",
            "Dr Amina Khan",
            uk.practiceconnect.emis.entity.EmisSlot.Status.FREE);
    return new Booking(
        1L,
        Channel.API,
        "test",
        "key-1",
        fingerprint,
        slot,
        NhsNumber.of("9990000018"),
        null,
        null,
        NOW.minusSeconds(120));
  }

  @Test
  void theSameBodyAfterTheBookingWasGivenUpIsTriedAgain() {
    Booking b = booking(FP);
    b.giveUp();
    assertEquals(IdempotencyDecision.RETRY, IdempotencyDecision.decide(b, FP, NOW, TIMEOUT));
    String other = request("43", "9990000018", "Morgan", "cough").fingerprint();
    assertEquals(
        IdempotencyDecision.KEY_REUSED, IdempotencyDecision.decide(b, other, NOW, TIMEOUT));
  }

  @Test
  void aRefusalByEmisIsReplayedNotTriedAgain() {
    Booking b = booking(FP);
    b.fail("SLOT_TAKEN");
    assertEquals(IdempotencyDecision.REPLAY, IdempotencyDecision.decide(b, FP, NOW, TIMEOUT));
  }

  @Test
  void fingerprintsCompareMeaningNotTyping() {
    assertEquals(FP, request("42", "999 000 0018", " MORGAN ", "cough").fingerprint());
    assertEquals(
        request("42", "9990000018", "Morgan", null).fingerprint(),
        request("42", "9990000018", "Morgan", "   ").fingerprint());
  }

  @Test
  void everyFieldCountsInTheFingerprint() {
    assertEquals(false, FP.equals(request("42", "9434765919", "Morgan", "cough").fingerprint()));
    assertEquals(false, FP.equals(request("42", "9990000018", "Morgen", "cough").fingerprint()));
    assertEquals(false, FP.equals(request("42", "9990000018", "Morgan", "cold").fingerprint()));
    var otherDob =
        new BookingRequest(
            "42",
            NhsNumber.of("9990000018"),
            new DateOfBirth(LocalDate.of(1985, 6, 15)),
            Surname.of("Morgan"),
            "cough");
    assertEquals(false, FP.equals(otherDob.fingerprint()));
  }
}
