package uk.practiceconnect.gpconnect.entity;

import java.util.Objects;

/**
 * The member of staff whose action makes a GP Connect call (a connection test, a cancellation from
 * the staff pages), named in the access token's {@code requesting_practitioner} as the
 * specification asks for the person signed in. Calls no member of staff makes (a patient booking
 * online, another system over REST, background jobs) name Practice Connect's configured identity.
 *
 * @param username how they sign in to Practice Connect: stable and unique, the token's {@code sub}
 * @param displayName their name as the staff pages show it
 */
public record Requester(String username, String displayName) {

  public Requester {
    Objects.requireNonNull(username, "username");
    displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
  }

  /** The last word of the name: what FHIR's HumanName calls the family name. */
  public String family() {
    int space = displayName.lastIndexOf(' ');
    return space < 0 ? displayName : displayName.substring(space + 1);
  }

  /** The words before the last, or none. */
  public String given() {
    int space = displayName.lastIndexOf(' ');
    return space < 0 ? "" : displayName.substring(0, space).strip();
  }
}
