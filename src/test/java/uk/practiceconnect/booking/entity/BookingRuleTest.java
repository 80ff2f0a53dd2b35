package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.SlotType;
import uk.practiceconnect.platform.entity.DomainException;

class BookingRuleTest {

  static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
  static final SlotType GP = SlotType.of("Routine GP appointment");
  static final SlotType NURSE = SlotType.of("Nurse appointment");

  static BookingRule rule(SlotScope scope) {
    return new BookingRule(true, true, 6, Duration.ofHours(2), 2, Duration.ofHours(1), true, scope);
  }

  static final BookingRule OPEN =
      rule(new SlotScope(Map.of(GP, Set.of(), NURSE, Set.of("Nurse Beth Lewis"))));

  static EmisSlot slot(Instant start, String type, String clinician, EmisSlot.Status status) {
    return new EmisSlot("s1", "sess", start, start.plusSeconds(600), 10, type, clinician, status);
  }

  static EmisSlot free(Duration fromNow, String type, String clinician) {
    return slot(NOW.plus(fromNow), type, clinician, EmisSlot.Status.FREE);
  }

  @Test
  void defaultsAreTheUsualOnes() {
    BookingRule d = BookingRule.defaults();
    assertEquals(6, d.weeksAhead());
    assertEquals(Duration.ofHours(2), d.minimumNotice());
    assertEquals(2, d.maxFutureBookings());
    assertEquals(Duration.ofHours(1), d.cancelCutoff());
    assertEquals(false, d.enabled());
  }

  @Test
  void allowsAFreeSlotOfABookableTypeInsideTheWindow() {
    assertEquals(
        Optional.empty(),
        OPEN.check(
            free(Duration.ofDays(1), "Routine GP appointment", "Dr A"), OPEN.bookable(), NOW));
  }

  @Test
  void slotTypesMatchIgnoringCase() {
    assertEquals(
        Optional.empty(),
        OPEN.check(
            free(Duration.ofDays(1), "routine gp APPOINTMENT", "Dr A"), OPEN.bookable(), NOW));
  }

  @ParameterizedTest(name = "{0} minutes from now: {1}")
  @CsvSource({
    "-10, IN_THE_PAST",
    "0, IN_THE_PAST",
    "60, TOO_SOON",
    "119, TOO_SOON",
    "120, ",
    "60480, ",
    "60481, TOO_FAR_AHEAD"
  })
  void minimumNoticeAndHowFarAhead(long minutes, RuleBreach expected) {
    var s = free(Duration.ofMinutes(minutes), "Routine GP appointment", "Dr A");
    assertEquals(Optional.ofNullable(expected), OPEN.check(s, OPEN.bookable(), NOW));
  }

  @Test
  void aSlotThatIsNotFreeIsNeverBookable() {
    for (var status :
        new EmisSlot.Status[] {
          EmisSlot.Status.BOOKED, EmisSlot.Status.BLOCKED, EmisSlot.Status.EMBARGOED
        }) {
      var s = slot(NOW.plus(Duration.ofDays(1)), "Routine GP appointment", "Dr A", status);
      assertEquals(Optional.of(RuleBreach.NOT_FREE), OPEN.check(s, OPEN.bookable(), NOW));
    }
  }

  @Test
  void typesNotChosenAreNotBookable() {
    var s = free(Duration.ofDays(1), "Blood test", "HCA Sam");
    assertEquals(Optional.of(RuleBreach.TYPE_NOT_BOOKABLE), OPEN.check(s, OPEN.bookable(), NOW));
  }

  @Test
  void cliniciansCanBeLimitedPerType() {
    assertEquals(
        Optional.empty(),
        OPEN.check(
            free(Duration.ofDays(1), "Nurse appointment", "Nurse Beth Lewis"),
            OPEN.bookable(),
            NOW));
    assertEquals(
        Optional.of(RuleBreach.CLINICIAN_NOT_BOOKABLE),
        OPEN.check(
            free(Duration.ofDays(1), "Nurse appointment", "Nurse Other"), OPEN.bookable(), NOW));
  }

  @Test
  void anInvitationScopeReplacesTheOpenScope() {
    var invite = SlotScope.of(SlotType.of("Blood test"), Set.of("HCA Sam"));
    assertEquals(
        Optional.empty(),
        OPEN.check(free(Duration.ofDays(1), "Blood test", "HCA Sam"), invite, NOW));
    assertEquals(
        Optional.of(RuleBreach.TYPE_NOT_BOOKABLE),
        OPEN.check(free(Duration.ofDays(1), "Routine GP appointment", "Dr A"), invite, NOW));
    assertEquals(
        Optional.of(RuleBreach.CLINICIAN_NOT_BOOKABLE),
        OPEN.check(free(Duration.ofDays(1), "Blood test", "HCA Other"), invite, NOW));
    // the practice's window and notice still apply to invitations
    assertEquals(
        Optional.of(RuleBreach.TOO_SOON),
        OPEN.check(free(Duration.ofMinutes(30), "Blood test", "HCA Sam"), invite, NOW));
  }

  @Test
  void capCountsFutureBookings() {
    assertEquals(Optional.empty(), OPEN.checkCap(0));
    assertEquals(Optional.empty(), OPEN.checkCap(1));
    assertEquals(Optional.of(RuleBreach.TOO_MANY_BOOKINGS), OPEN.checkCap(2));
    assertEquals(Optional.of(RuleBreach.TOO_MANY_BOOKINGS), OPEN.checkCap(7));
  }

  @ParameterizedTest(name = "start in {0} minutes: {1}")
  @CsvSource({"120, true", "61, true", "60, true", "59, false", "0, false", "-5, false"})
  void patientsMayCancelUntilTheCutOff(long minutes, boolean allowed) {
    assertEquals(allowed, OPEN.checkCancel(NOW.plus(Duration.ofMinutes(minutes)), NOW).isEmpty());
  }

  @Test
  void channelChecks() {
    assertEquals(Optional.of(RuleBreach.BOOKING_OFF), BookingRule.defaults().checkChannel(true));
    var inviteOnly =
        new BookingRule(true, false, 6, Duration.ZERO, 2, Duration.ZERO, true, OPEN.bookable());
    assertEquals(Optional.of(RuleBreach.INVITATION_ONLY), inviteOnly.checkChannel(false));
    assertEquals(Optional.empty(), inviteOnly.checkChannel(true));
    assertEquals(Optional.empty(), OPEN.checkChannel(false));
  }

  @Test
  void validationReportsEveryBadFieldAtOnce() {
    var e =
        assertThrows(
            DomainException.class,
            () ->
                BookingRule.validated(true, true, 13, -1, 0, null, true, new SlotScope(Map.of())));
    var fields = e.errors().stream().map(f -> f.field()).toList();
    assertTrue(
        fields.containsAll(
            java.util.List.of(
                "weeksAhead",
                "minimumNoticeMinutes",
                "maxFutureBookings",
                "cancelCutoffMinutes",
                "slotTypes")),
        fields::toString);
  }

  @Test
  void twelveWeeksIsTheMostAndOneTheLeast() {
    var scope = OPEN.bookable();
    assertEquals(12, BookingRule.validated(true, true, 12, 0, 1, 0, false, scope).weeksAhead());
    assertEquals(1, BookingRule.validated(true, true, 1, 0, 1, 0, false, scope).weeksAhead());
    assertThrows(
        DomainException.class, () -> BookingRule.validated(true, true, 0, 0, 1, 0, false, scope));
  }

  @Test
  void invitationOnlyNeedsNoOpenSlotTypes() {
    var r = BookingRule.validated(true, false, 6, 120, 2, 60, true, new SlotScope(Map.of()));
    assertTrue(r.bookable().isEmpty());
  }
}
