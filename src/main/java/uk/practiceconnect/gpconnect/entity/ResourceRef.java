package uk.practiceconnect.gpconnect.entity;

/**
 * A reference to another FHIR resource on the provider, such as {@code Location/17}, with the name
 * a person reads when the provider gave one (the location's name, the practitioner's name).
 */
public record ResourceRef(String reference, String name) {

  /** The logical id: {@code 17} of {@code Location/17}. */
  public String id() {
    int slash = reference.lastIndexOf('/');
    return slash < 0 ? reference : reference.substring(slash + 1);
  }
}
