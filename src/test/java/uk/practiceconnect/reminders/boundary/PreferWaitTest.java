package uk.practiceconnect.reminders.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 7240's Prefer header as the planning run reads it: how long the caller will wait. */
class PreferWaitTest {

  @Test
  void waitIsReadInSecondsAmongOtherPreferences() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), ReminderRunsResource.wait("wait=5"));
    assertEquals(
        Optional.of(Duration.ofSeconds(30)), ReminderRunsResource.wait("return=minimal, wait=30"));
    assertEquals(Optional.of(Duration.ofSeconds(7)), ReminderRunsResource.wait("WAIT = 7"));
  }

  @Test
  void respondAsyncMeansNoWaitAndALongWaitIsCut() {
    assertEquals(Optional.of(Duration.ZERO), ReminderRunsResource.wait("respond-async"));
    assertEquals(
        Optional.of(ReminderRunsResource.LONGEST_WAIT), ReminderRunsResource.wait("wait=99999"));
  }

  @Test
  void noOrUnknownPreferenceLeavesTheDefault() {
    assertEquals(Optional.empty(), ReminderRunsResource.wait(null));
    assertEquals(Optional.empty(), ReminderRunsResource.wait("return=representation"));
    assertEquals(Optional.empty(), ReminderRunsResource.wait("maxwait=5"));
  }
}
