package uk.practiceconnect.sandbox.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsTemplateTest {

  static SmsTemplate template(String body) {
    return new SmsTemplate(UUID.randomUUID(), 1, "t", body);
  }

  @Test
  void passesTheApplicationsOwnTextThrough() {
    String text = "Reminder: your appointment at Cedar Surgery is on Tue 3 Mar at 09:40.";
    assertEquals(text, template("((body))").fill(Map.of("body", text)));
  }

  @Test
  void fillsEveryPlaceholder() {
    SmsTemplate t = template("Hello ((name)), see you at ((time)) on ((date)). ((name))!");
    assertEquals(
        "Hello Amala, see you at 09:40 on Tuesday. Amala!",
        t.fill(Map.of("name", "Amala", "time", "09:40", "date", "Tuesday")));
  }

  @Test
  void matchesNamesIgnoringCaseSpacesDashesAndUnderscores() {
    SmsTemplate t = template("Dear ((First Name)) at ((practice-name))");
    assertEquals(
        "Dear Amala at Cedar Surgery",
        t.fill(Map.of("first_name", "Amala", "PRACTICE NAME", "Cedar Surgery")));
  }

  @Test
  void refusesMissingPersonalisationNamingEveryMissingField() {
    SmsTemplate t = template("((a)) ((b)) ((c))");
    NotifyError e = assertThrows(NotifyError.class, () -> t.fill(Map.of("b", "x")));
    assertEquals(400, e.status());
    assertEquals("BadRequestError", e.errors().get(0).error());
    assertEquals("Missing personalisation: a, c", e.errors().get(0).message());
  }

  @Test
  void treatsANullValueAsMissing() {
    Map<String, Object> values = new HashMap<>();
    values.put("body", null);
    assertThrows(NotifyError.class, () -> template("((body))").fill(values));
    assertThrows(NotifyError.class, () -> template("((body))").fill(null));
  }

  @Test
  void ignoresPersonalisationTheTemplateDoesNotUse() {
    assertEquals("Hi", template("Hi").fill(Map.of("unused", "x")));
  }

  @Test
  void showsOptionalContentOnlyWhenItsValueIsYes() {
    SmsTemplate t = template("Booked.((late?? Please arrive 10 minutes early.))");
    assertEquals("Booked. Please arrive 10 minutes early.", t.fill(Map.of("late", "yes")));
    assertEquals("Booked. Please arrive 10 minutes early.", t.fill(Map.of("late", true)));
    assertEquals("Booked.", t.fill(Map.of("late", "no")));
    assertEquals("Booked.", t.fill(Map.of("late", false)));
  }

  @Test
  void showsNumbersAndLists() {
    SmsTemplate t = template("((n)) slots: ((times))");
    assertEquals(
        "3 slots: 09:00, 09:10", t.fill(Map.of("n", 3, "times", List.of("09:00", "09:10"))));
  }

  @Test
  void refusesAnEmptyMessage() {
    NotifyError e =
        assertThrows(NotifyError.class, () -> template("((body))").fill(Map.of("body", " ")));
    assertEquals("BadRequestError", e.errors().get(0).error());
  }

  @Test
  void refusesMessagesLongerThanNotifyAllows() {
    assertEquals(918, template("((body))").fill(Map.of("body", "x".repeat(918))).length());
    NotifyError e =
        assertThrows(
            NotifyError.class, () -> template("((body))").fill(Map.of("body", "x".repeat(919))));
    assertTrue(e.errors().get(0).message().contains("919"), e.errors().get(0).message());
  }

  @Test
  void keepsDollarsAndBackslashesOfTheValues() {
    assertEquals("Pay $5 \\ now", template("((body))").fill(Map.of("body", "Pay $5 \\ now")));
  }

  @Test
  void listsItsPlaceholders() {
    assertEquals(Set.of("body", "flag"), template("((body))((flag??x))").placeholders());
  }
}
