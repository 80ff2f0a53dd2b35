package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StopRepliesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP",
        "stop",
        "Stop.",
        "  stop please",
        "STOP ALL",
        "Stopall",
        "unsubscribe",
        "End",
        "quit!",
        "opt out",
        "OPT-OUT",
        "Optout thanks"
      })
  void aFirstWordThatAsksToStopStops(String reply) {
    assertTrue(StopReplies.asksToStop(reply), reply);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "Thanks, see you then",
        "Can I stop by earlier?",
        "please stop",
        "STOPPED",
        "Ending soon",
        "option",
        "cancel"
      })
  void anythingElseDoesNot(String reply) {
    assertFalse(StopReplies.asksToStop(reply), String.valueOf(reply));
  }
}
