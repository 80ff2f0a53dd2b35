package uk.practiceconnect.emis.entity;

import java.time.LocalDate;
import java.util.Optional;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A patient as EMIS holds them. The mobile is whatever the record says (it may be a landline or
 * empty); {@link #mobileNumber()} gives it only when it is a UK mobile. Never logged.
 */
public record EmisPatient(
    String patientId,
    NhsNumber nhsNumber,
    String title,
    String forenames,
    String surname,
    LocalDate dateOfBirth,
    String postcode,
    String mobile,
    boolean smsConsent) {

  public Optional<MobileNumber> mobileNumber() {
    return MobileNumber.parse(mobile);
  }

  @Override
  public String toString() {
    return "EmisPatient[" + patientId + "]";
  }
}
