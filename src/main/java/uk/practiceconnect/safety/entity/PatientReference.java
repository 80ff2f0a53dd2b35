package uk.practiceconnect.safety.entity;

import java.util.Optional;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * Which patient, if any, in the practice's own terms (an EMIS patient number, a reminder log row):
 * one line of at most {@link #MAX_LENGTH} characters. Optional; the form asks for a reference
 * rather than a name.
 */
public record PatientReference(String value) {

  public static final int MAX_LENGTH = 60;

  public PatientReference {
    Text.required(value, "Enter the patient's reference or leave it empty");
    value = value.strip();
    Text.maxLength(value, MAX_LENGTH, "The patient reference");
    if (Text.hasUnreadableCharacters(value)) {
      throw new InvalidValueException(
          "The patient reference must be one line of plain text, without hidden characters");
    }
  }

  /** Blank is none. */
  public static Optional<PatientReference> optional(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(new PatientReference(raw));
  }
}
