package uk.practiceconnect.reminders.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.reminders.entity.LogStatus;
import uk.practiceconnect.reminders.entity.ReminderOffset;

class BoundaryInputsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  DateOfBirthInput dob(String d, String m, String y) {
    DateOfBirthInput in = new DateOfBirthInput();
    in.setDay(d);
    in.setMonth(m);
    in.setYear(y);
    return in;
  }

  @Test
  void aCutoffSetThroughTheApiIsOfferedOnThePageSoSavingKeepsIt() {
    // PT90M through the REST API: the page used to offer only its fixed list, so it showed the
    // first choice and the next save set the cut-off to 0
    var choices = CutoffChoice.around(90);
    assertTrue(
        choices.contains(new CutoffChoice(90, "1 hour 30 minutes before")), choices::toString);
    assertEquals(0, choices.get(0).minutes());
    assertEquals(CutoffChoice.USUAL.length + 1, choices.size());
    assertEquals(CutoffChoice.USUAL.length, CutoffChoice.around(60).size());
    assertEquals("3 days before", CutoffChoice.label(4320));
    assertEquals("1 day 2 hours 1 minute before", CutoffChoice.label(1441 + 120));
    assertEquals("the appointment starts", CutoffChoice.label(0));
  }

  @Test
  void readsADateOfBirthAsPeopleTypeIt() {
    assertEquals(LocalDate.of(1985, 3, 27), dob("27", "3", "1985").toDate(TODAY));
    assertEquals(LocalDate.of(1985, 3, 7), dob(" 07 ", "03", "1985").toDate(TODAY));
  }

  @Test
  void saysWhatIsWrongWithADateOfBirth() {
    assertEquals("Enter your date of birth", message(dob("", "", "")));
    assertEquals("Date of birth must include a month", message(dob("1", "", "1985")));
    assertTrue(message(dob("31", "2", "1985")).contains("real date"));
    assertTrue(message(dob("1", "1", "85")).contains("4 numbers"));
    assertEquals("Date of birth must be in the past", message(dob("1", "1", "2030")));
  }

  @Test
  void offsetRowsRoundTrip() {
    assertEquals("P2D", OffsetRow.of(ReminderOffset.of(2, 0)).iso());
    assertEquals("PT2H", OffsetRow.of(ReminderOffset.of(0, 2)).iso());
    assertEquals("PT90M", OffsetRow.of(ReminderOffset.ofMinutes(90)).iso());
    assertEquals("PT26H", OffsetRow.of(ReminderOffset.of(1, 2)).iso());
    assertEquals("", new OffsetRow(null, OffsetRow.Unit.DAYS).iso());
  }

  @Test
  void csvCellsNeverBecomeFormulas() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ReminderLogCsv.cell("=HYPERLINK(\"x\")"));
    assertEquals("'-1", ReminderLogCsv.cell("-1").replace("\"", ""));
    assertEquals("\"a,b\"", ReminderLogCsv.cell("a,b"));
    assertEquals("plain", ReminderLogCsv.cell("plain"));
    assertEquals("*** *** 5919", ReminderLogCsv.cell("*** *** 5919"));
    assertEquals("a,b\r\n", ReminderLogCsv.row("a", "b"));
  }

  @Test
  void logQueryParametersAreChecked() {
    var f = LogQuery.filter(1L, "2026-11-24", "2026-11-24", "delivered", " ", null);
    assertEquals(LogStatus.DELIVERED, f.status());
    assertEquals(null, f.clinician());
    assertEquals(java.time.Duration.ofDays(1), java.time.Duration.between(f.from(), f.to()));
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> LogQuery.filter(1L, "24/11/2026", "2026-11-20", "lost", null, null));
    assertEquals(2, e.errors().size(), e.errors()::toString);
  }

  private static String message(DateOfBirthInput in) {
    return assertThrows(InvalidValueException.class, () -> in.toDate(TODAY)).getMessage();
  }
}
