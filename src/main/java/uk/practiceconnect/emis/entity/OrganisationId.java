package uk.practiceconnect.emis.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/**
 * The practice's EMIS Organisation ID, also called its CDB number: the number of its database in
 * EMIS Web. Digits only.
 */
public record OrganisationId(String value) {

  public static final int MAX_LENGTH = 10;

  public OrganisationId {
    Text.required(value, "Enter the EMIS Organisation ID (the CDB number)");
    if (!value.equals(value.strip())) {
      throw new InvalidValueException(
          "The EMIS Organisation ID must not start or end with a space");
    }
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(
          "The EMIS Organisation ID must contain digits only, for example 50001");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "The EMIS Organisation ID is too long: at most " + MAX_LENGTH + " digits");
    }
  }

  /**
   * From what someone typed or pasted (the settings page, the API): spaces, tabs and line breaks
   * around the number are dropped, as a copy from EMIS Web or an email often brings them along.
   */
  public static OrganisationId of(String raw) {
    return new OrganisationId(raw == null ? null : raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
