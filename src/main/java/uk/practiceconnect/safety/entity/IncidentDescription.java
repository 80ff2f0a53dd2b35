package uk.practiceconnect.safety.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * What happened, in the reporter's words: plain text of at most {@link #MAX_LENGTH} characters,
 * line breaks allowed. It may name a patient, so it is stored and shown to the support desk and
 * never logged or audited.
 */
public record IncidentDescription(String value) {

  public static final int MAX_LENGTH = 2000;
  static final int MIN_LENGTH = 10;

  public IncidentDescription {
    Text.required(value, "Describe what happened");
    // a browser sends a text area's line breaks as CR LF: one line break is one character
    value = value.strip().replace("\r\n", "\n").replace('\r', '\n');
    if (value.length() < MIN_LENGTH) {
      throw new InvalidValueException(
          "Describe what happened in a sentence or more: at least " + MIN_LENGTH + " characters");
    }
    Text.maxLength(value, MAX_LENGTH, "What happened");
    if (Text.hasUnreadableCharacters(value, true)) {
      throw new InvalidValueException(
          "What happened must be plain text, without hidden or direction-changing characters");
    }
  }

  public static IncidentDescription of(String raw) {
    return new IncidentDescription(raw);
  }
}
