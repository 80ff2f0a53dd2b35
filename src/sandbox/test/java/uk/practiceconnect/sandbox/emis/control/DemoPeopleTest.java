package uk.practiceconnect.sandbox.emis.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.PatientDetails;

class DemoPeopleTest {

  final DemoPeople people = new DemoPeople(new SplittableRandom(7), LocalDate.of(2026, 11, 25));

  @Test
  void mobilesAreInOfcomsDramaRange() {
    for (int i = 0; i < 1_000; i++) {
      String mobile = people.mobile();
      assertTrue(mobile.matches("07700900\\d{3}"), mobile);
    }
  }

  @Test
  void aboutNineInTenPatientsConsentToSms() {
    int consent = 0;
    for (int i = 0; i < 2_000; i++) {
      PatientDetails p = people.patient();
      if (p.smsConsent()) {
        consent++;
      }
      assertTrue(p.dateOfBirth().isBefore(LocalDate.of(2026, 11, 25)));
      assertTrue(p.postcode().matches("[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}"), p.postcode());
    }
    assertTrue(consent > 1_700 && consent < 1_900, "consent " + consent);
  }

  @Test
  void nhsNumbersAreValid() {
    for (int i = 0; i < 1_000; i++) {
      assertTrue(NhsNumber.isValid(people.nhsNumber().value()));
    }
  }
}
