package uk.practiceconnect.gpconnect.control;

import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.InvalidValueException;

/** FHIR logical ids go into URL paths: only what FHIR allows in an id ever gets there. */
final class Ids {

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private Ids() {}

  static String checked(String id) {
    if (id == null || !FHIR_ID.matcher(id).matches()) {
      throw new InvalidValueException("That is not an appointment or patient id of the GP system");
    }
    return id;
  }
}
