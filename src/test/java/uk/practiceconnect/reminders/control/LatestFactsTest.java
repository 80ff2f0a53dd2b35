package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.control.LatestFacts.Row;

/** The cancel link shows (and expires at) the appointment as it is now, not as its text said. */
class LatestFactsTest {

  static final Instant OLD = Instant.parse("2026-11-25T09:30:00Z");
  static final Instant NEW = Instant.parse("2026-11-27T14:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-24T09:30:00Z");
  static final Instant T2 = Instant.parse("2026-11-24T11:00:00Z");

  @Test
  void aMovedAppointmentWhoseTextWentIsReadFromItsNewRevision() {
    Row sent = new Row(7, 1440, 1, OLD, "Dr A", T1); // the text with the link: the old time
    Row next = new Row(9, 1440, 2, NEW, "Dr B", T2); // planning's new revision: the new time
    assertEquals(next, LatestFacts.pick(List.of(sent, next), Set.of(1440), sent));
  }

  @Test
  void aReminderTimeStillToGoThatPlanningRefreshedCarriesTheNewTimeToo() {
    Row sent = new Row(7, 2880, 1, OLD, "Dr A", T1);
    Row refreshed = new Row(8, 120, 1, NEW, "Dr A", T2);
    assertEquals(refreshed, LatestFacts.pick(List.of(sent, refreshed), Set.of(2880, 120), sent));
  }

  @Test
  void aReminderTimeTheSettingsNoLongerHaveIsNotTrusted() {
    // 2 days was removed from the settings (its row stopped at T2, time not refreshed)
    Row removed = new Row(7, 2880, 1, OLD, "Dr A", T2);
    Row current = new Row(8, 1440, 1, NEW, "Dr A", T1);
    assertEquals(current, LatestFacts.pick(List.of(removed, current), Set.of(1440), removed));
  }

  @Test
  void withNothingElseKnownTheLinksOwnReminderIsTheAnswer() {
    Row own = new Row(7, 1440, 1, OLD, "Dr A", T1);
    assertEquals(own, LatestFacts.pick(List.of(), Set.of(1440), own));
    assertEquals(own, LatestFacts.pick(List.of(own), Set.of(60), own));
  }
}
