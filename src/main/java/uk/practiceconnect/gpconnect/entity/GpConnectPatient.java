package uk.practiceconnect.gpconnect.entity;

import java.time.LocalDate;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A patient as the provider holds them: {@code logicalId} is the provider's id for the record
 * ({@code Patient/<logicalId>}), which booking and a patient's appointments need. The mobile is
 * whatever the record lists as a mobile phone (it may be empty). Never logged.
 */
public record GpConnectPatient(
    String logicalId,
    NhsNumber nhsNumber,
    String title,
    String forenames,
    String surname,
    LocalDate dateOfBirth,
    String postcode,
    String mobile) {

  @Override
  public String toString() {
    return "GpConnectPatient[" + logicalId + "]";
  }
}
