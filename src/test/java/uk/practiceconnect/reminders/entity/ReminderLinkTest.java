package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.entity.ReminderLink.Check;

class ReminderLinkTest {

  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
  static final LocalDate DOB = LocalDate.of(1970, 1, 2);

  @Test
  void tokensAre128RandomBitsInTwentyTwoUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String t = LinkToken.generate().value();
      assertTrue(t.matches("[A-Za-z0-9_-]{22}"), t);
      assertTrue(seen.add(t));
    }
  }

  @Test
  void onlyTheHashIsStoredAndItDependsOnEveryCharacter() {
    LinkToken a = new LinkToken("AAAAAAAAAAAAAAAAAAAAAA");
    LinkToken b = new LinkToken("AAAAAAAAAAAAAAAAAAAAAB");
    assertTrue(a.hash().matches("[0-9a-f]{64}"));
    assertNotEquals(a.hash(), b.hash());
    assertFalse(a.toString().contains("AAAA"));
  }

  @Test
  void theDateOfBirthCheckIsUselessWithoutTheToken() {
    LinkToken a = LinkToken.generate();
    LinkToken b = LinkToken.generate();
    assertNotEquals(a.dobCheck(DOB), b.dobCheck(DOB));
  }

  @Test
  void refusesAnythingNotShapedLikeAToken() {
    assertTrue(LinkToken.parse("../../etc/passwd").isEmpty());
    assertTrue(LinkToken.parse("short").isEmpty());
    assertTrue(LinkToken.parse(null).isEmpty());
  }

  @Test
  void theRightDateOfBirthOpensTheLink() {
    LinkToken t = LinkToken.generate();
    ReminderLink link = ReminderLink.cancel(t, 1L, 2L, DOB, START, NOW);
    assertEquals(Check.RIGHT, link.checkDateOfBirth(t, DOB, 5, NOW));
    assertEquals(0, link.failedAttempts());
  }

  @Test
  void theFifthWrongDateOfBirthLocksTheLinkForGood() {
    LinkToken t = LinkToken.generate();
    ReminderLink link = ReminderLink.cancel(t, 1L, 2L, DOB, START, NOW);
    for (int i = 1; i <= 4; i++) {
      assertEquals(Check.WRONG, link.checkDateOfBirth(t, DOB.plusDays(i), 5, NOW));
    }
    assertEquals(Check.LOCKED, link.checkDateOfBirth(t, DOB.plusDays(5), 5, NOW));
    assertTrue(link.isLocked());
    assertEquals(Check.LOCKED, link.checkDateOfBirth(t, DOB, 5, NOW));
  }

  @Test
  void anotherTokensDateOfBirthCheckDoesNotOpenIt() {
    LinkToken t = LinkToken.generate();
    ReminderLink link = ReminderLink.cancel(t, 1L, 2L, DOB, START, NOW);
    assertEquals(Check.WRONG, link.checkDateOfBirth(LinkToken.generate(), DOB, 5, NOW));
  }

  @Test
  void aLinkWithoutADateOfBirthInEmisCanNeverBeOpened() {
    LinkToken t = LinkToken.generate();
    ReminderLink link = ReminderLink.cancel(t, 1L, 2L, null, START, NOW);
    assertEquals(Check.LOCKED, link.checkDateOfBirth(t, DOB, 5, NOW));
  }

  @Test
  void expiresWhenTheAppointmentStarts() {
    ReminderLink link = ReminderLink.cancel(LinkToken.generate(), 1L, 2L, DOB, START, NOW);
    assertFalse(link.isExpired(START.minusSeconds(1)));
    assertTrue(link.isExpired(START));
  }

  @Test
  void theCutOffEndsOnlineCancelling() {
    CancellationCutoff cutoff = CancellationCutoff.DEFAULT;
    assertTrue(cutoff.allows(START.minusSeconds(3601), START));
    assertFalse(cutoff.allows(START.minusSeconds(3600), START));
  }

  @Test
  void patientKeysDifferPerPractice() {
    var nhs = uk.practiceconnect.patient.entity.NhsNumber.of("943 476 5919");
    assertNotEquals(PatientKey.of(1L, nhs), PatientKey.of(2L, nhs));
    assertEquals(PatientKey.of(1L, nhs), PatientKey.of(1L, nhs));
    assertFalse(PatientKey.of(1L, nhs).toString().contains("9434765919"));
  }
}
