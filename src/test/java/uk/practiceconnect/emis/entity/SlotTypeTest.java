package uk.practiceconnect.emis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class SlotTypeTest {

  @Test
  void slotTypesDifferingOnlyInCaseAreOneType() {
    assertEquals(SlotType.of("Nurse appointment"), SlotType.of(" NURSE APPOINTMENT "));
    assertEquals(1, Set.of(SlotType.of("Telephone")).size());
    assertTrue(
        new TreeSet<>(Set.of(SlotType.of("Blood test"))).contains(SlotType.of("blood TEST")));
    assertTrue(SlotType.of(" Nurse appointment ").matches("NURSE APPOINTMENT"));
    assertFalse(SlotType.of("Nurse appointment").matches(null));
  }

  @Test
  void keepsTheSpellingEmisGave() {
    assertEquals("Routine GP", SlotType.fromEmis("  Routine GP ").value());
    assertEquals("routine gp", SlotType.of("Routine GP").key());
  }

  @Test
  void typedNamesAreOneLineOfAtMostAHundredCharacters() {
    assertEquals(100, SlotType.of("x".repeat(100)).value().length());
    assertThrows(InvalidValueException.class, () -> SlotType.of("x".repeat(101)));
    assertThrows(InvalidValueException.class, () -> SlotType.of("a\nb"));
    assertThrows(InvalidValueException.class, () -> SlotType.of("  "));
    assertThrows(InvalidValueException.class, () -> SlotType.of(null));
  }

  @Test
  void whatEmisReportsIsAlwaysATypeThatCanBeChosen() {
    assertEquals(SlotType.NONE, SlotType.fromEmis(null));
    assertEquals(SlotType.NONE, SlotType.fromEmis(" "));
    assertEquals(SlotType.NONE, SlotType.fromEmis(null));
    assertEquals(100, SlotType.fromEmis("y".repeat(150)).value().length());
    assertEquals("a b", SlotType.fromEmis("a\nb").value());
    assertTrue(SlotType.NONE.matches(null));
  }
}
