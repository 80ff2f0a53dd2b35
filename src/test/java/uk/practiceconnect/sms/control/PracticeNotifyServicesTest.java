package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sms.entity.PracticeNotifyServiceView;

/** What the audit trail says of a change: the ids that changed, never the key. */
class PracticeNotifyServicesTest {

  static final String S1 = "72b387cf-b452-4d7f-8f6d-1e644919d873";
  static final String S2 = "0c6f2d0e-3b1a-4e3f-9d1c-5a7b8c9d0e1f";
  static final String T1 = "3d240630-b145-4e1e-979b-cad7bd8687cc";

  static PracticeNotifyServiceView own(String service, String template, String sender) {
    return new PracticeNotifyServiceView(
        true, service, template, sender, true, Instant.EPOCH, "someone", 0);
  }

  @Test
  void aFirstSaveNamesTheServiceTemplateAndSender() {
    assertEquals(
        "Own GOV.UK Notify service "
            + S1
            + " set: template "
            + T1
            + ", sender the default;"
            + " API key replaced",
        PracticeNotifyServices.describe(
            PracticeNotifyServiceView.platform(), own(S1, T1, null), true));
  }

  @Test
  void aChangeSaysWhatItWas() {
    assertEquals(
        "Own GOV.UK Notify service "
            + S2
            + " changed (was "
            + S1
            + "): template "
            + T1
            + ", sender "
            + S1
            + " (was the default); API key replaced",
        PracticeNotifyServices.describe(own(S1, T1, null), own(S2, T1, S1), true));
    assertEquals(
        "Own GOV.UK Notify service "
            + S1
            + " changed: template "
            + T1
            + ", sender the default;"
            + " API key kept",
        PracticeNotifyServices.describe(own(S1, T1, null), own(S1, T1, null), false));
  }
}
