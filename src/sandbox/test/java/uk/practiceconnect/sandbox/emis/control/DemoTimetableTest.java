package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTimetableTest {

  static final LocalDate WINTER_DAY = LocalDate.of(2026, 11, 25);
  static final LocalDate SUMMER_DAY = LocalDate.of(2026, 7, 1);

  @Test
  void sessionsRunInUkLocalTimeAcrossTheClockChange() {
    List<DemoTimetable.Block> winter = DemoTimetable.blocks(WINTER_DAY, 48);
    List<DemoTimetable.Block> summer = DemoTimetable.blocks(SUMMER_DAY, 48);
    assertEquals(Instant.parse("2026-11-25T08:30:00Z"), winter.get(0).start());
    assertEquals(Instant.parse("2026-07-01T07:30:00Z"), summer.get(0).start(), "08:30 BST");
    assertEquals(Instant.parse("2026-07-01T16:30:00Z"), summer.get(summer.size() - 1).end());
  }

  @Test
  void everySlotAskedForIsPlacedAndFitsItsSession() {
    for (int perDay : new int[] {1, 7, 8, 48, 100, 154, 200, DemoTimetable.MAX_SLOTS_PER_DAY}) {
      List<DemoTimetable.Block> blocks = DemoTimetable.blocks(WINTER_DAY, perDay);
      assertEquals(perDay, blocks.stream().mapToInt(DemoTimetable.Block::slots).sum(), "" + perDay);
      for (DemoTimetable.Block b : blocks) {
        Instant lastEnd = b.start().plus(Duration.ofMinutes((long) b.slots() * b.slotMinutes()));
        assertFalse(lastEnd.isAfter(b.end()), perDay + " slots: " + b);
        assertTrue(b.slotMinutes() >= 5);
      }
    }
  }

  @Test
  void clinicianKeepsTheirUsualSlotLengthWhenThereIsRoom() {
    DemoTimetable.Block nurseMorning = DemoTimetable.blocks(WINTER_DAY, 48).get(2);
    assertEquals(15, nurseMorning.slotMinutes());
    assertEquals("Nurse Beth Lewis", DemoTimetable.holders().get(nurseMorning.holder()).name());
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertTrue(DemoTimetable.isWorkingDay(LocalDate.of(2026, 11, 27)));
    assertFalse(DemoTimetable.isWorkingDay(LocalDate.of(2026, 11, 28)));
    assertFalse(DemoTimetable.isWorkingDay(LocalDate.of(2026, 11, 29)));
  }

  @Test
  void gpsOfferSomeTelephoneConsultations() {
    DemoTimetable.Holder gp = DemoTimetable.holders().get(0);
    assertEquals("Routine GP appointment", DemoTimetable.slotTypes().get(gp.slotTypeFor(0)));
    assertEquals("Telephone consultation", DemoTimetable.slotTypes().get(gp.slotTypeFor(3)));
  }
}
