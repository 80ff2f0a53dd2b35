package uk.practiceconnect.emis.entity;

import java.util.Arrays;

/**
 * What the EMIS partner API answered, by outcome number and name (see docs/emis-partner-api.md; 1
 * and 3 are EMIS's public numbers, the rest ours). {@link #TIMEOUT} and {@link #UNREACHABLE} are
 * the client's own: no answer came. GP Connect answers are put into the same words; 20 and above
 * are failures only GP Connect has (EMIS never sends them).
 */
public enum PartnerOutcome {
  OK(1),
  ORGANISATION_NOT_FOUND(2),
  PARTNER_PASSWORD_MISMATCH(3),
  INVALID_CREDENTIALS(4),
  USER_DISABLED(5),
  NO_RBAC_ROLE(6),
  RBAC_ROLE_NOT_DEFAULT(7),
  APPLICATION_DEACTIVATED(8),
  LOGIN_NOT_ALLOWED(9),
  AUTO_LOGIN_OFF(10),
  API_CALL_DEACTIVATED(11),
  SESSION_EXPIRED(12),
  SLOT_NOT_FREE(13),
  PATIENT_NOT_MATCHED(14),
  NOT_FOUND(15),
  BAD_REQUEST(16),
  RATE_LIMITED(17),
  INTERNAL_ERROR(18),
  APPOINTMENT_IN_PAST(19),
  /** GP Connect: Spine or the provider refused our system (ASID, interaction, certificate). */
  ACCESS_REFUSED(20),
  /** GP Connect: the provider does not offer this interaction (501, 405, 415). */
  NOT_SUPPORTED(21),
  /** GP Connect: our own consumer set-up cannot be used (plain http refused, key store). */
  CONSUMER_SET_UP(22),
  /** GP Connect: the appointment changed between our read and our update (If-Match). */
  CHANGED_ELSEWHERE(23),
  TIMEOUT(-1),
  UNREACHABLE(-2);

  private final int number;

  PartnerOutcome(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** Worth trying again later: EMIS was busy or did not answer. */
  public boolean isTransient() {
    return this == RATE_LIMITED || this == INTERNAL_ERROR || this == TIMEOUT || this == UNREACHABLE;
  }

  /** The practice must change something on the EMIS side (or in its settings). */
  public boolean isSetUpProblem() {
    return switch (this) {
      case ORGANISATION_NOT_FOUND,
          PARTNER_PASSWORD_MISMATCH,
          INVALID_CREDENTIALS,
          USER_DISABLED,
          NO_RBAC_ROLE,
          RBAC_ROLE_NOT_DEFAULT,
          APPLICATION_DEACTIVATED,
          LOGIN_NOT_ALLOWED,
          AUTO_LOGIN_OFF,
          API_CALL_DEACTIVATED,
          ACCESS_REFUSED,
          NOT_SUPPORTED,
          CONSUMER_SET_UP ->
          true;
      default -> false;
    };
  }

  public static PartnerOutcome of(String code, int number) {
    return Arrays.stream(values())
        .filter(o -> o.name().equals(code) || (code == null && o.number == number))
        .findFirst()
        .orElse(INTERNAL_ERROR);
  }
}
