package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A patient who stopped reminders (by link or by texting STOP) and now wants them again asks the
 * practice; staff enter the patient's NHS number or mobile number, and the next planning run plans
 * their reminders again. The stop is kept only as hashes, so staff cannot list who stopped: they
 * can only look up the patient in front of them.
 */
@ApplicationScoped
public class StartAgain {

  /** The form field, on the page and in the API's errors. */
  public static final String FIELD = "patient";

  @Inject OptOuts optOuts;
  @Inject AuditTrail audit;

  /** Whether anything was stopped under the number. */
  public enum Result {
    STARTED_AGAIN,
    NOT_STOPPED
  }

  /** The number staff typed: an NHS number (10 digits) or a UK mobile number. */
  record PatientNumber(Optional<NhsNumber> nhs, Optional<MobileNumber> mobile) {

    static PatientNumber read(String raw) {
      String digits = raw == null ? "" : raw.replaceAll("[\\s()\\-.]", "");
      if (digits.isEmpty()) {
        throw DomainException.invalid(FIELD, "Enter the patient's NHS number or mobile number");
      }
      try {
        if (digits.matches("[0-9]{10}")) {
          return new PatientNumber(Optional.of(NhsNumber.of(digits)), Optional.empty());
        }
        return new PatientNumber(Optional.empty(), Optional.of(MobileNumber.of(digits)));
      } catch (InvalidValueException e) {
        throw DomainException.invalid(
            FIELD,
            digits.matches("[0-9]{10}")
                ? "That NHS number is not right: check the 10 digits"
                : "Enter an NHS number (10 digits) or a UK mobile number, like 07700 900123");
      }
    }

    String masked() {
      return nhs.map(n -> "patient " + n.masked())
          .orElseGet(() -> "the patient with mobile " + mobile.orElseThrow().masked());
    }
  }

  @Transactional
  public Result startAgain(Caller caller, Practice practice, String number) {
    PatientNumber patient = PatientNumber.read(number);
    if (optOuts.remove(practice.id(), patient.nhs(), patient.mobile()) == 0) {
      return Result.NOT_STOPPED;
    }
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "PATIENT_REMINDERS_STARTED_AGAIN",
        "reminders",
        "Reminders started again for " + patient.masked() + ", at their request");
    return Result.STARTED_AGAIN;
  }
}
