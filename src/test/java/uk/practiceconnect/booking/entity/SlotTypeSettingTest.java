package uk.practiceconnect.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotTypeSettingTest {

  @Test
  void namesAreKeptSortedOneALine() {
    assertEquals("Dr A\nDr B", SlotTypeSetting.join(List.of(" Dr B ", "Dr A", "Dr A", "")));
    assertEquals(Set.of("Dr A", "Dr B"), SlotTypeSetting.split("Dr A\nDr B"));
    assertNull(SlotTypeSetting.join(List.of()));
  }

  @Test
  void aSingleNameLongerThanTheColumnIsLeftOutNotCut() {
    String huge = "Dr " + "x".repeat(5000);
    assertNull(SlotTypeSetting.join(List.of(huge)));
    assertEquals("Dr Short", SlotTypeSetting.join(List.of(huge, "Dr Short")));
  }

  @Test
  void manyNamesStopAtTheColumnSizeWithWholeNamesOnly() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      names.add(String.format("Dr Clinician %04d", i));
    }
    String joined = SlotTypeSetting.join(names);
    assertTrue(joined.length() <= SlotTypeSetting.MAX_JOINED, "length " + joined.length());
    assertTrue(SlotTypeSetting.split(joined).stream().allMatch(names::contains));
  }
}
