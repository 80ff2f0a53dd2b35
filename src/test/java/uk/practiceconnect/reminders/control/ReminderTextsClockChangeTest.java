package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.entity.SmsTemplate;

/**
 * Hazard H07 (docs/clinical-safety/hazard-log.md): the day and time a patient reads in a text are
 * the practice's wall-clock time on the appointment's own date, whichever side of a clock change
 * the appointment falls and whatever zone the server runs in. Instants here are written in UTC on
 * purpose, so a text that forgot the UK zone would show the wrong hour.
 */
class ReminderTextsClockChangeTest {

  static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAA";

  ReminderTexts texts() {
    ReminderTexts t = new ReminderTexts();
    t.publicBaseUrl = "https://pc.example.nhs.uk";
    return t;
  }

  String reminder(Instant start) {
    return texts().reminder(SmsTemplate.DEFAULT, "Riverside", start, "Dr A Patel", TOKEN, TOKEN);
  }

  @Test
  void theDayAfterTheClocksGoBackTheTextGivesGreenwichTime() {
    // Sunday 25 October 2026 01:00 BST became 01:00 GMT; on Monday UK time equals UTC
    String text = reminder(Instant.parse("2026-10-26T09:00:00Z"));
    assertTrue(text.contains("on Monday 26 October at 9am with Dr A Patel"), text);
  }

  @Test
  void theFridayBeforeTheClocksGoBackTheTextGivesSummerTime() {
    String text = reminder(Instant.parse("2026-10-23T08:00:00Z"));
    assertTrue(text.contains("on Friday 23 October at 9am with Dr A Patel"), text);
  }

  @Test
  void onTheDayTheClocksGoForwardAnAfternoonAppointmentIsInSummerTime() {
    // 29 March 2026: 01:00 GMT became 02:00 BST, so 13:30 UTC is 2:30pm on the practice's clock
    String text = reminder(Instant.parse("2026-03-29T13:30:00Z"));
    assertTrue(text.contains("on Sunday 29 March at 2:30pm"), text);
  }

  @Test
  void anAppointmentJustAfterMidnightUtcInSummerIsOnTheUkDateNotTheUtcOne() {
    // 23:30 UTC on 30 June is 00:30 on 1 July in the UK: the date must be the UK one
    Instant start = Instant.parse("2026-06-30T23:30:00Z");
    assertEquals("Wednesday 1 July", ReminderTexts.date(start));
    assertEquals("12:30am", ReminderTexts.time(start));
  }

  @Test
  void theCancellationConfirmationRepeatsTheDayAndTimeTheReminderGave() {
    Instant start = Instant.parse("2026-10-26T09:00:00Z");
    String confirmation = texts().cancellationConfirmation("Riverside", start);
    assertTrue(
        confirmation.contains("on Monday 26 October at 9am has been cancelled"), confirmation);
  }
}
