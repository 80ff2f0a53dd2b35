package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SlotId;

class DiaryTest {

  static final Provider PARKSIDE = Providers.parkside();
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  @Test
  void aWorkingDayHasFifteenMinuteSlotsOfThreeCliniciansAndTwoSlotTypes() {
    List<DiarySlot> day = Diary.slots(PARKSIDE, MONDAY, MONDAY);
    // GP 09:00-12:00 and 14:00-17:00, telephone GP 09:00-12:00, nurse as the first GP
    assertEquals(24 + 12 + 24, day.size());
    assertTrue(day.stream().allMatch(s -> Duration.between(s.start(), s.end()).toMinutes() == 15));
    assertEquals(
        Set.of("1", "2", "3"),
        day.stream().map(s -> s.schedule().id()).collect(Collectors.toSet()));
    assertEquals(
        Set.of("Routine GP appointment", "Nurse appointment"),
        day.stream().map(s -> s.schedule().slotType()).collect(Collectors.toSet()));
  }

  @Test
  void someSlotsAreAlreadyFilledByThePracticeAndEveryReadAgrees() {
    List<DiarySlot> fortnight = Diary.slots(PARKSIDE, MONDAY, MONDAY.plusDays(13));
    long filled = fortnight.stream().filter(s -> !s.free()).count();
    assertTrue(filled > fortnight.size() / 10 && filled < fortnight.size() / 3, "filled " + filled);
    assertEquals(fortnight, Diary.slots(PARKSIDE, MONDAY, MONDAY.plusDays(13)));
  }

  @Test
  void weekendsHaveNoSlots() {
    assertTrue(Diary.slots(PARKSIDE, MONDAY.minusDays(2), MONDAY.minusDays(1)).isEmpty());
  }

  @Test
  void aSlotIdResolvesToItsSlotAndOnlyIdsOnTheGridExist() {
    DiarySlot slot = Diary.slots(PARKSIDE, MONDAY, MONDAY).get(5);
    assertEquals(
        slot, Diary.slot(PARKSIDE, SlotId.parse(slot.id().value()).orElseThrow()).orElseThrow());
    assertFalse(Diary.slot(PARKSIDE, new SlotId(MONDAY, "1", LocalTime.of(9, 5))).isPresent());
    assertFalse(Diary.slot(PARKSIDE, new SlotId(MONDAY, "2", LocalTime.of(14, 0))).isPresent());
    assertFalse(Diary.slot(PARKSIDE, new SlotId(MONDAY, "9", LocalTime.of(9, 0))).isPresent());
    assertFalse(
        Diary.slot(PARKSIDE, new SlotId(MONDAY.minusDays(1), "1", LocalTime.of(9, 0))).isPresent());
    assertFalse(SlotId.parse("Slot/1").isPresent());
    assertFalse(SlotId.parse("20261399-1-0900").isPresent());
  }

  @Test
  void slotsKeepTheirUkHoursAcrossTheClockChange() {
    LocalDate summer = LocalDate.of(2026, 7, 6);
    DiarySlot first = Diary.slots(PARKSIDE, summer, summer).get(0);
    assertEquals("2026-07-06T08:00:00Z", first.start().toString());
    DiarySlot winter = Diary.slots(PARKSIDE, MONDAY, MONDAY).get(0);
    assertEquals("2026-12-07T09:00:00Z", winter.start().toString());
  }
}
