package uk.practiceconnect.emis.entity;

import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * A partner API call that did not succeed, with what EMIS answered ({@link #outcome()}, and its
 * numeric outcome for support staff). {@link #outcomeUnknown()} is true when a call that changes
 * the appointment book got no answer: it may or may not have happened, and the caller must
 * reconcile by reading the appointment book before trying again. A GP Connect call's failure is the
 * same exception in the same words ({@link #gpConnect}), so booking need not know the route.
 */
public class PartnerException extends DomainException {

  /** Who answered, in the messages of GP Connect failures. */
  private static final String GP_SYSTEM = "The practice's GP system (GP Connect)";

  private final PartnerOutcome outcome;
  private final String emisError;
  private final boolean outcomeUnknown;
  private final boolean viaGpConnect;

  public PartnerException(PartnerOutcome outcome, String emisError) {
    this(outcome, emisError, false, false);
  }

  private PartnerException(
      PartnerOutcome outcome, String emisError, boolean outcomeUnknown, boolean viaGpConnect) {
    super(
        errorCode(outcome, outcomeUnknown, viaGpConnect),
        message(outcome, emisError, outcomeUnknown, viaGpConnect ? GP_SYSTEM : "EMIS"));
    this.outcome = outcome;
    this.emisError = emisError;
    this.outcomeUnknown = outcomeUnknown;
    this.viaGpConnect = viaGpConnect;
  }

  /** A change (booking, cancelling) that got no answer in time: it may have happened. */
  public static PartnerException unknownOutcome(PartnerOutcome outcome, String what) {
    return new PartnerException(outcome, what, true, false);
  }

  /**
   * A GP Connect call that failed; {@code said} is the provider's error code and HTTP status (never
   * its diagnostics, which may name the patient).
   */
  public static PartnerException gpConnect(PartnerOutcome outcome, String said) {
    return new PartnerException(outcome, said, false, true);
  }

  /** A GP Connect booking or cancel whose answer never came: it may have happened. */
  public static PartnerException gpConnectUnknownOutcome(PartnerOutcome outcome, String what) {
    return new PartnerException(outcome, what, true, true);
  }

  /** True when the failure came from a GP Connect provider rather than the EMIS partner API. */
  public boolean viaGpConnect() {
    return viaGpConnect;
  }

  public PartnerOutcome outcome() {
    return outcome;
  }

  /** EMIS's numeric outcome (1 = success; negative when no answer came). */
  public int emisOutcome() {
    return outcome.number();
  }

  /**
   * EMIS's own words (for GP Connect: the HTTP status and Spine error code), or ours when no answer
   * came. Never holds patient data or secrets.
   */
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

  private static ErrorCode errorCode(PartnerOutcome outcome, boolean unknown, boolean gpConnect) {
    if (unknown) {
      return gpConnect ? ErrorCode.GP_CONNECT_OUTCOME_UNKNOWN : ErrorCode.EMIS_OUTCOME_UNKNOWN;
    }
    if (outcome.isSetUpProblem()) {
      return gpConnect ? ErrorCode.GP_CONNECT_SET_UP_PROBLEM : ErrorCode.EMIS_SET_UP_PROBLEM;
    }
    return switch (outcome) {
      case SLOT_NOT_FREE -> ErrorCode.CONFLICT;
      case CHANGED_ELSEWHERE -> ErrorCode.CHANGED_BY_SOMEONE_ELSE;
      case NOT_FOUND -> ErrorCode.NOT_FOUND;
      case PATIENT_NOT_MATCHED, APPOINTMENT_IN_PAST, BAD_REQUEST -> ErrorCode.UNPROCESSABLE;
      case RATE_LIMITED -> ErrorCode.RATE_LIMITED;
      default -> ErrorCode.UPSTREAM_UNAVAILABLE;
    };
  }

  private static String message(
      PartnerOutcome outcome, String emisError, boolean unknown, String system) {
    String said = emisError == null || emisError.isBlank() ? "" : ": " + emisError;
    if (unknown) {
      return system
          + " did not confirm the change in time ("
          + label(outcome)
          + said
          + "). It may or may not have been made: check the appointment book before trying again.";
    }
    return system + " answered " + label(outcome) + said;
  }
}
