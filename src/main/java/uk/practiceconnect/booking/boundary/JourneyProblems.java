package uk.practiceconnect.booking.boundary;

import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * What the patient reads when a step of the booking journey fails: each invalid field's message
 * next to it, or one message by the button that was pressed. Anything the patient cannot act on
 * reads as the appointment book being out of reach, never as an error page.
 */
final class JourneyProblems {

  static final String UNREACHABLE =
      "We could not reach the practice's appointment book. Please try again in a few minutes, or"
          + " phone the practice.";

  private JourneyProblems() {}

  /**
   * @param target the id of what the summary links to when the problem is not about one field
   */
  static void show(PatientErrors errors, DomainException e, String target) {
    String message =
        switch (e.code()) {
          case VALIDATION_FAILED, PATIENT_NOT_MATCHED, RATE_LIMITED, BOOKING_NOT_ALLOWED ->
              e.getMessage();
          case REQUEST_IN_PROGRESS ->
              "We are still making your booking. Wait a moment, then press the button again.";
          default -> UNREACHABLE;
        };
    if (e.code() == ErrorCode.VALIDATION_FAILED) {
      // a date of birth is three boxes: the summary links to the first
      e.errors()
          .forEach(
              f ->
                  errors.add(
                      f.field(), "dob".equals(f.field()) ? "dobDay" : f.field(), f.message()));
    } else {
      errors.add(null, target, message);
    }
  }
}
