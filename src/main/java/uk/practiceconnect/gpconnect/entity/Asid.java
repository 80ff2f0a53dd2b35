package uk.practiceconnect.gpconnect.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * An Accredited System ID: the number Spine gives each connected system (a GP system's GP Connect
 * endpoint, or Practice Connect itself), sent in the {@code Ssp-From} and {@code Ssp-To} headers.
 */
public record Asid(String value) {

  public static final int MAX_LENGTH = 12;

  public Asid {
    Text.required(value, "Enter the ASID, the number Spine gives the system (up to 12 digits)");
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "An ASID is a number of up to " + MAX_LENGTH + " digits, for example 918999198993");
    }
  }

  /** From what someone typed or pasted: spaces around and inside the number are dropped. */
  public static Asid of(String raw) {
    return new Asid(raw == null ? null : raw.replaceAll("\\s", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
