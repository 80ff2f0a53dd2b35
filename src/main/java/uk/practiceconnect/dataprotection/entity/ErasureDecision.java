package uk.practiceconnect.dataprotection.entity;

import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.Validation;

/**
 * The practice's decision that a patient's data must go: why, and who at the practice decided. Both
 * go into the audit trail, so neither may hold an NHS number or a phone number: the trail keeps who
 * erased and why, never whose data it was.
 */
public record ErasureDecision(String reason, String decidedBy) {

  public static final String REASON_FIELD = "reason";
  public static final String DECIDED_BY_FIELD = "decidedBy";
  public static final int MAX_REASON = 300;
  public static final int MAX_DECIDED_BY = 120;

  /** Nine digits or more, with spaces, dashes, dots or brackets between them or not. */
  private static final Pattern LONG_NUMBER = Pattern.compile("[0-9](?:[\\s\\-.()]*[0-9]){8,}");

  public ErasureDecision {
    reason = reason(reason);
    decidedBy = decidedBy(decidedBy);
  }

  /** The two fields as typed, with their errors added to {@code v} (null when any is wrong). */
  public static ErasureDecision read(Validation v, String rawReason, String rawDecidedBy) {
    String reason = v.field(REASON_FIELD, rawReason, ErasureDecision::reason);
    String decidedBy = v.field(DECIDED_BY_FIELD, rawDecidedBy, ErasureDecision::decidedBy);
    return reason == null || decidedBy == null ? null : new ErasureDecision(reason, decidedBy);
  }

  static String reason(String raw) {
    Text.required(raw, "Enter why the practice decided this data must be erased");
    return oneLine(raw, MAX_REASON, "The reason");
  }

  static String decidedBy(String raw) {
    Text.required(raw, "Enter who at the practice decided it (their name and role)");
    return oneLine(raw, MAX_DECIDED_BY, "Who decided");
  }

  private static String oneLine(String raw, int max, String what) {
    String value = raw.strip();
    Text.maxLength(value, max, what);
    if (Text.hasUnreadableCharacters(value)) {
      throw new InvalidValueException(
          what + " must be one line of plain text, without hidden characters");
    }
    if (LONG_NUMBER.matcher(value).find()) {
      throw new InvalidValueException(
          what
              + " must not hold an NHS number or a phone number: it is kept in the audit trail,"
              + " which never says whose data was erased");
    }
    return value;
  }
}
