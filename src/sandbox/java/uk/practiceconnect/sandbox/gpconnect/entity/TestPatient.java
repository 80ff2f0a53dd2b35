package uk.practiceconnect.sandbox.gpconnect.entity;

import java.time.LocalDate;

/**
 * A patient registered at a provider practice (synthetic: NHS numbers from the 999 range). The
 * prefix, mobile and home phone may be null.
 */
public record TestPatient(
    String id,
    String nhsNumber,
    String prefix,
    String given,
    String family,
    String gender,
    LocalDate birthDate,
    String mobile,
    String homePhone,
    Address address) {

  public String displayName() {
    return (prefix == null ? "" : prefix + " ") + given + " " + family;
  }
}
