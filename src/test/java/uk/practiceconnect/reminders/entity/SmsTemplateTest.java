package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

class SmsTemplateTest {

  @Test
  void fillsEveryPlaceholder() {
    SmsTemplate t =
        SmsTemplate.of(
            "((practice name)): ((date)) at ((time)) with ((clinician)). ((cancel link))");
    String text =
        t.render(
            Map.of(
                Placeholder.PRACTICE_NAME, "Riverside Surgery",
                Placeholder.DATE, "Tuesday 24 November",
                Placeholder.TIME, "9:30am",
                Placeholder.CLINICIAN, "Dr A Patel",
                Placeholder.CANCEL_LINK, "https://pc.example/r/abc"));
    assertEquals(
        "Riverside Surgery: Tuesday 24 November at 9:30am with Dr A Patel. https://pc.example/r/abc",
        text);
  }

  @Test
  void placeholdersIgnoreCaseAndSpaces() {
    SmsTemplate t = SmsTemplate.of("Hello from (( Practice  Name ))");
    assertEquals(Set.of(Placeholder.PRACTICE_NAME), t.placeholders());
    assertEquals("Hello from X", t.render(Map.of(Placeholder.PRACTICE_NAME, "X")));
  }

  @Test
  void aValueWithDollarsOrBackslashesIsCopiedAsItIs() {
    assertEquals(
        "Dr $1 \\ Smith",
        SmsTemplate.of("((clinician))").render(Map.of(Placeholder.CLINICIAN, "Dr $1 \\ Smith")));
  }

  @Test
  void refusesAnUnknownPlaceholderAndListsTheKnownOnes() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SmsTemplate.of("See you ((apointment))"));
    assertTrue(e.getMessage().startsWith("((apointment)) is not a placeholder"));
    assertTrue(e.getMessage().contains("((cancel link))"));
  }

  @Test
  void refusesAnUnclosedPlaceholder() {
    assertThrows(InvalidValueException.class, () -> SmsTemplate.of("On ((date at ((time))"));
    assertThrows(InvalidValueException.class, () -> SmsTemplate.of("On date)) at ((time))"));
  }

  @Test
  void refusesEmptyAndTooLongTexts() {
    assertThrows(InvalidValueException.class, () -> SmsTemplate.of("  "));
    assertThrows(InvalidValueException.class, () -> SmsTemplate.of("x".repeat(613)));
  }

  @Test
  void theDefaultTemplateUsesEveryPlaceholder() {
    assertEquals(Set.of(Placeholder.values()), SmsTemplate.DEFAULT.placeholders());
  }
}
