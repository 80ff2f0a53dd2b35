package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanTallyTest {

  @Test
  void aRunThatChangedNothingSaysSo() {
    assertEquals(
        "96 appointments read from EMIS: no reminder needed changing",
        new PlanStore.Tally(0, 0, 0, 0).inWords(96));
  }

  @Test
  void eachKindOfChangeIsNamedOnlyWhenThereIsOne() {
    assertEquals(
        "1 appointment read from EMIS: 1 new reminder planned",
        new PlanStore.Tally(1, 0, 0, 0).inWords(1));
    assertEquals(
        "40 appointments read from EMIS: 3 new reminders planned, 1 reminder moved to a new time,"
            + " 2 reminders cancelled; 12 get no reminder (the reminder log says why)",
        new PlanStore.Tally(3, 12, 1, 2).inWords(40));
  }
}
