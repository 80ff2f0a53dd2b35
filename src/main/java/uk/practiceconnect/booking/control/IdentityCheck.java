package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.Surname;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.Attempts;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Checks that a person is the patient they say they are, against the practice's EMIS record (NHS
 * number, date of birth, surname). A mismatch never says which detail was wrong, and repeated
 * mismatches for one NHS number or from one address make the next attempt wait: each attempt is
 * counted in before EMIS is asked, so parallel attempts cannot beat the limit.
 */
@ApplicationScoped
public class IdentityCheck {

  public static final String NOT_MATCHED =
      "We could not find a patient registered at this practice with those details. Check your NHS"
          + " number, date of birth and surname, and try again.";

  @Inject AppointmentBook partner;
  @Inject IdentityThrottle throttle;

  /** The patient as EMIS holds them; 422 when not matched, 429 while they must wait. */
  public EmisPatient verify(
      Practice practice, NhsNumber nhs, DateOfBirth dob, Surname surname, String address) {
    Attempts.Ticket ticket = throttle.begin(nhs, address);
    Optional<EmisPatient> match;
    try {
      match = partner.matchPatient(practice, nhs, dob.value(), surname.value());
    } catch (PartnerException e) {
      if (e.outcome() != PartnerOutcome.PATIENT_NOT_MATCHED) {
        throttle.abandoned(ticket); // EMIS could not say: not the patient's fault
        throw e;
      }
      match = Optional.empty();
    } catch (RuntimeException e) {
      throttle.abandoned(ticket);
      throw e;
    }
    if (match.isEmpty()) {
      throttle.failed(ticket);
      throw new DomainException(ErrorCode.PATIENT_NOT_MATCHED, NOT_MATCHED);
    }
    throttle.succeeded(ticket, nhs);
    return match.get();
  }
}
