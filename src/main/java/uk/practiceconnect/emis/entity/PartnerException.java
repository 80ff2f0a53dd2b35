package uk.practiceconnect.emis.entity;

import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * A partner API call that did not succeed, with what EMIS answered ({@link #outcome()}, and its
 * numeric outcome for support staff). {@link #outcomeUnknown()} is true when a call that changes
 * the appointment book got no answer: it may or may not have happened, and the caller must
 * reconcile by reading the appointment book before trying again.
 */
public class PartnerException extends DomainException {

  private final PartnerOutcome outcome;
  private final String emisError;
  private final boolean outcomeUnknown;

  public PartnerException(PartnerOutcome outcome, String emisError) {
    this(outcome, emisError, false);
  }

  private PartnerException(PartnerOutcome outcome, String emisError, boolean outcomeUnknown) {
    super(errorCode(outcome, outcomeUnknown), message(outcome, emisError, outcomeUnknown));
    this.outcome = outcome;
    this.emisError = emisError;
    this.outcomeUnknown = outcomeUnknown;
  }

  /** A change (booking, cancelling) that got no answer in time: it may have happened. */
  public static PartnerException unknownOutcome(PartnerOutcome outcome, String what) {
    return new PartnerException(outcome, what, true);
  }

  public PartnerOutcome outcome() {
    return outcome;
  }

  /** EMIS's numeric outcome (1 = success; negative when no answer came). */
  public int emisOutcome() {
    return outcome.number();
  }

  /** EMIS's own words, or ours when EMIS did not answer. Never holds patient data or secrets. */
  public String emisError() {
    return emisError;
  }

  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** Worth trying again later; never true for a change whose outcome is unknown. */
  public boolean isTransient() {
    return !outcomeUnknown && outcome.isTransient();
  }

  /** "LOGIN_NOT_ALLOWED (9)": the form support staff look for. */
  public String outcomeLabel() {
    return label(outcome);
  }

  public static String label(PartnerOutcome outcome) {
    return outcome.number() > 0
        ? outcome.name() + " (" + outcome.number() + ")"
        : outcome.name() + " (no answer)";
  }

  private static ErrorCode errorCode(PartnerOutcome outcome, boolean unknown) {
    if (unknown) {
      return ErrorCode.EMIS_OUTCOME_UNKNOWN;
    }
    if (outcome.isSetUpProblem()) {
      return ErrorCode.EMIS_SET_UP_PROBLEM;
    }
    return switch (outcome) {
      case SLOT_NOT_FREE -> ErrorCode.CONFLICT;
      case NOT_FOUND -> ErrorCode.NOT_FOUND;
      case PATIENT_NOT_MATCHED, APPOINTMENT_IN_PAST, BAD_REQUEST -> ErrorCode.UNPROCESSABLE;
      case RATE_LIMITED -> ErrorCode.RATE_LIMITED;
      default -> ErrorCode.UPSTREAM_UNAVAILABLE;
    };
  }

  private static String message(PartnerOutcome outcome, String emisError, boolean unknown) {
    String said = emisError == null || emisError.isBlank() ? "" : ": " + emisError;
    if (unknown) {
      return "EMIS did not confirm the change in time ("
          + label(outcome)
          + said
          + "). It may or may not have been made: check the appointment book before trying again.";
    }
    return "EMIS answered " + label(outcome) + said;
  }
}
