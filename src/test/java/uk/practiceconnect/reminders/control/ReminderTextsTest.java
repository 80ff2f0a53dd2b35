package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.reminders.entity.SmsTemplate;
import uk.practiceconnect.sms.entity.SmsLength;

class ReminderTextsTest {

  static Instant uk(String t) {
    return LocalDateTime.parse(t).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  ReminderTexts texts() {
    ReminderTexts t = new ReminderTexts();
    t.publicBaseUrl = "https://pc.example.nhs.uk/";
    return t;
  }

  @Test
  void writesTimesAsTheNhsDoes() {
    assertEquals("9:30am", ReminderTexts.time(uk("2026-11-24T09:30")));
    assertEquals("2pm", ReminderTexts.time(uk("2026-11-24T14:00")));
    assertEquals("12 noon", ReminderTexts.time(uk("2026-11-24T12:00")));
    assertEquals("12:15pm", ReminderTexts.time(uk("2026-11-24T12:15")));
    assertEquals("midnight", ReminderTexts.time(uk("2026-11-24T00:00")));
    assertEquals("Tuesday 24 November", ReminderTexts.date(uk("2026-11-24T09:30")));
  }

  @Test
  void aLongClinicianNameIsShortenedAtAWord() {
    String name =
        "Dr Alexandra Catherine Montgomery-Smythe (Locum GP, Tuesdays and Thursdays, room 4)";
    String shown = ReminderTexts.clinician(name);
    assertTrue(shown.length() <= ReminderTexts.MAX_CLINICIAN, shown);
    assertEquals("Dr Alexandra Catherine Montgomery-Smythe (Locum GP,...", shown);
    assertEquals("Dr A Patel", ReminderTexts.clinician("  Dr A  Patel "));
    assertEquals("the practice team", ReminderTexts.clinician(" "));
  }

  @Test
  void aTemplateThatOverflowsOnlyWithALongClinicianNameIsRefusedWhenSaved() {
    // 16 clinicians fit with "Dr A Example" (12 characters), not with a 60-character name
    String template = "((clinician)) ".repeat(16).strip();
    assertTrue(
        texts()
                .preview(SmsTemplate.of(template), "Riverside", uk("2026-11-24T09:30"))
                .text()
                .length()
            < 918);
    RuleValidation validation = new RuleValidation();
    validation.texts = texts();
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            uk.practiceconnect.platform.entity.DomainException.class,
            () ->
                validation.check(
                    new uk.practiceconnect.reminders.entity.RuleInput(
                        true, java.util.List.of("P1D"), "08:00", "20:00", template, "PT1H", null),
                    "Riverside"));
    assertEquals("template", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().contains("clinician"), e.errors().toString());
  }

  @Test
  void usesUkTimeInSummer() {
    assertEquals("9:30am", ReminderTexts.time(Instant.parse("2026-07-01T08:30:00Z")));
  }

  @Test
  void fillsTheTemplateWithLinksOnThePublicAddress() {
    String text =
        texts()
            .reminder(
                SmsTemplate.DEFAULT,
                "Riverside Surgery",
                uk("2026-11-25T09:30"),
                "Dr A Patel",
                "AAAAAAAAAAAAAAAAAAAAAA",
                "BBBBBBBBBBBBBBBBBBBBBB");
    assertTrue(
        text.startsWith(
            "Reminder from Riverside Surgery: you have an appointment on"
                + " Wednesday 25 November at 9:30am with Dr A Patel."),
        text);
    assertTrue(text.contains("https://pc.example.nhs.uk/r/AAAAAAAAAAAAAAAAAAAAAA"), text);
    assertTrue(text.contains("https://pc.example.nhs.uk/r/stop/BBBBBBBBBBBBBBBBBBBBBB"), text);
  }

  @Test
  void aMissingClinicianReadsNaturally() {
    String text =
        texts()
            .reminder(
                SmsTemplate.of("with ((clinician))"),
                "X",
                uk("2026-11-25T09:30"),
                null,
                null,
                null);
    assertEquals("with the practice team", text);
  }

  @Test
  void theStandardTextIsTwoPlainTexts() {
    var p = texts().preview(SmsTemplate.DEFAULT, "Riverside Surgery", uk("2026-11-25T09:30"));
    assertEquals(SmsLength.Encoding.GSM_7, p.length().encoding());
    assertEquals(2, p.length().fragments());
  }
}
