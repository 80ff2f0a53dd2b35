package uk.practiceconnect.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * Hazard H02 (docs/clinical-safety/hazard-log.md): a reminder read by someone other than the
 * patient (a changed or shared mobile) must tell them as little as possible. A template can only
 * name the practice, the date and time, the clinician and the two links: never the patient, their
 * NHS number or the kind of appointment.
 */
class ReminderContentTest {

  @Test
  void aTemplateCanNameNeitherThePatientNorTheKindOfAppointment() {
    Set<String> words =
        Arrays.stream(Placeholder.values()).map(Placeholder::word).collect(Collectors.toSet());
    assertEquals(
        Set.of("practice name", "date", "time", "clinician", "cancel link", "opt-out link"), words);
    for (String word : Set.of("name", "patient", "nhs number", "slot type", "reason", "type")) {
      assertFalse(Placeholder.of(word).isPresent(), word);
    }
  }

  @Test
  void aTemplateAskingForThePatientsNameIsRefused() {
    assertThrows(
        InvalidValueException.class,
        () -> SmsTemplate.of("Dear ((patient name)), see you on ((date)) at ((time))"));
  }
}
