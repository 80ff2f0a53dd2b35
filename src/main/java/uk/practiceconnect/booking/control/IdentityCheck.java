package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.booking.entity.DateOfBirth;
import uk.practiceconnect.booking.entity.Surname;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Checks that a person is the patient they say they are, against the practice's EMIS record (NHS
 * number, date of birth, surname). A mismatch never says which detail was wrong, and repeated
 * mismatches for one NHS number or from one address make the next attempt wait.
 */
@ApplicationScoped
public class IdentityCheck {

  public static final String NOT_MATCHED =
      "We could not find a patient registered at this practice with those details. Check your NHS"
          + " number, date of birth and surname, and try again.";

  @Inject PartnerApi partner;
  @Inject IdentityThrottle throttle;
  @Inject Clock clock;

  /** Refuses at once (429) while this patient or address must wait after too many failures. */
  public void ensureNotLocked(NhsNumber nhs, String address) {
    Optional<Instant> wait = throttle.lockedUntil(nhs, address);
    if (wait.isPresent()) {
      throw tooMany(wait.get());
    }
  }

  public EmisPatient verify(
      Practice practice, NhsNumber nhs, DateOfBirth dob, Surname surname, String address) {
    ensureNotLocked(nhs, address);
    return match(practice, nhs, dob, surname, address);
  }

  /** As {@link #verify}, for a caller that has just called {@link #ensureNotLocked} itself. */
  public EmisPatient match(
      Practice practice, NhsNumber nhs, DateOfBirth dob, Surname surname, String address) {
    Optional<EmisPatient> match;
    try {
      match = partner.matchPatient(practice, nhs, dob.value(), surname.value());
    } catch (PartnerException e) {
      if (e.outcome() != PartnerOutcome.PATIENT_NOT_MATCHED) {
        throw e;
      }
      match = Optional.empty();
    }
    if (match.isEmpty()) {
      throttle.failed(nhs, address);
      throw new DomainException(ErrorCode.PATIENT_NOT_MATCHED, NOT_MATCHED);
    }
    throttle.succeeded(nhs);
    return match.get();
  }

  private DomainException tooMany(Instant until) {
    long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
    return new DomainException(
        ErrorCode.RATE_LIMITED,
        "There have been too many attempts to confirm these details. Wait "
            + minutes
            + (minutes == 1 ? " minute" : " minutes")
            + " and try again, or phone the practice.");
  }
}
