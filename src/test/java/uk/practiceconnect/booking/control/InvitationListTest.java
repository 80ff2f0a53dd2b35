package uk.practiceconnect.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.Validation;

class InvitationListTest {

  @Test
  void readsPastedLinesWithAHeaderBlanksAndSpaces() {
    var v = new Validation();
    var list =
        Invitations.parseList(
            "nhs,mobile\n999 000 0018, 07700 900001\n\n9434765919;+447700900002\r\n", v, "list");
    assertTrue(v.isValid());
    assertEquals(2, list.size());
    assertEquals("9990000018", list.get(0).nhsNumber().value());
    assertEquals("+447700900002", list.get(1).mobile().value());
  }

  @Test
  void reportsEachBadLineByNumberAndSendsNothing() {
    var v = new Validation();
    Invitations.parseList(
        "9990000018,07700900001\n9990000019,07700900001\n9990000018,01132 496000\nnonsense",
        v,
        "list");
    var e = assertThrows(DomainException.class, v::throwIfInvalid);
    var messages = e.errors().stream().map(f -> f.message()).toList();
    assertEquals(3, messages.size(), messages::toString);
    assertTrue(messages.get(0).startsWith("Line 2: the NHS number"));
    assertTrue(messages.get(1).startsWith("Line 3: the mobile number"));
    assertTrue(messages.get(2).startsWith("Line 4:"));
  }

  @Test
  void anEmptyPasteIsAnError() {
    var v = new Validation();
    Invitations.parseList("  \n ", v, "list");
    assertFalse(v.isValid());
  }

  @Test
  void textsCarryNoPersonalDetails() {
    String text =
        BookingTexts.confirmation(
            "Riverside Surgery",
            Instant.parse("2026-12-01T09:10:00Z"),
            "Nurse appointment",
            "Nurse Beth Lewis");
    assertEquals(
        "Riverside Surgery: your Nurse appointment with Nurse Beth Lewis is booked for Tuesday 1 December at 09:10.",
        text);
    // British Summer Time is shown as people read it
    assertTrue(
        BookingTexts.confirmation("R", Instant.parse("2026-06-01T08:10:00Z"), "X", null)
            .contains("at 09:10"));
  }
}
