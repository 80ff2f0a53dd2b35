package uk.practiceconnect.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Hazards H07 and H10 (docs/clinical-safety/hazard-log.md): the booking confirmation and the
 * cancellation text name the appointment's weekday, date and UK time, the same either side of a
 * clock change. Instants are in UTC on purpose.
 */
class BookingTextsTest {

  @Test
  void theConfirmationGivesUkTimeEitherSideOfTheAutumnClockChange() {
    assertEquals(
        "Riverside: your GP appointment with Dr A Patel is booked for Friday 23 October at 09:00.",
        BookingTexts.confirmation(
            "Riverside", Instant.parse("2026-10-23T08:00:00Z"), "GP appointment", "Dr A Patel"));
    assertEquals(
        "Riverside: your GP appointment with Dr A Patel is booked for Monday 26 October at 09:00.",
        BookingTexts.confirmation(
            "Riverside", Instant.parse("2026-10-26T09:00:00Z"), "GP appointment", "Dr A Patel"));
  }

  @Test
  void theConfirmationWithoutAClinicianStillNamesTheTypeDayAndTime() {
    String text =
        BookingTexts.confirmation(
            "Riverside", Instant.parse("2026-03-30T13:15:00Z"), "Nurse appointment", null);
    assertEquals("Riverside: your Nurse appointment is booked for Monday 30 March at 14:15.", text);
    assertFalse(text.contains("null"), text);
  }

  @Test
  void theCancellationTextNamesTheSameDayAndTimeAsTheConfirmation() {
    Instant start = Instant.parse("2026-10-26T09:00:00Z");
    String text = BookingTexts.cancelled("Riverside", start);
    assertTrue(text.contains("your appointment on Monday 26 October at 09:00 is cancelled"), text);
  }
}
