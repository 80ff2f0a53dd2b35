package uk.practiceconnect.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisSlot;

class DayPagerTest {

  static List<EmisSlot> slots() {
    List<EmisSlot> slots = new ArrayList<>();
    Instant day = Instant.parse("2026-11-25T09:00:00Z");
    for (int d = 0; d < 3; d++) {
      for (int t = 0; t <= d; t++) {
        Instant start = day.plusSeconds(86_400L * d + 600L * t);
        slots.add(
            new EmisSlot(
                "s" + d + t,
                "session",
                start,
                start.plusSeconds(600),
                10,
                "Routine GP appointment",
                "Dr Amina Khan",
                EmisSlot.Status.FREE));
      }
    }
    return slots;
  }

  @Test
  void everyDayWithTimesIsListedWithHowManyAndTheOneShownMarked() {
    DayPager pager = new DayPager(SlotChoices.group(SlotChoices.options(slots(), true)));
    var all = pager.getAll();
    assertEquals(3, all.size());
    assertEquals("Wednesday 25 November, 1 time", all.get(0).getText());
    assertEquals("Friday 27 November, 3 times", all.get(2).getText());
    assertTrue(all.get(0).isCurrent());
  }

  @Test
  void aDayCanBeShownStraightFromTheList() {
    DayPager pager = new DayPager(SlotChoices.group(SlotChoices.options(slots(), true)));
    pager.show(2);
    assertEquals("Friday 27 November", pager.getDay().getLabel());
    assertTrue(pager.getAll().get(2).isCurrent());
    assertEquals("Thursday 26 November", pager.getPrevious().getLabel());
    pager.show(7); // not a day of the list: nothing changes
    assertEquals("Friday 27 November", pager.getDay().getLabel());
  }
}
