package uk.practiceconnect.sandbox.emis.entity;

import java.time.LocalDate;

/** What EMIS holds about a patient besides the NHS number. */
public record PatientDetails(
    String title,
    String forenames,
    String surname,
    LocalDate dateOfBirth,
    String postcode,
    String mobile,
    boolean smsConsent) {

  public PatientDetails {
    if (surname == null || surname.isBlank()) {
      throw SandboxFailure.badRequest("surname is missing");
    }
    if (forenames == null || forenames.isBlank()) {
      throw SandboxFailure.badRequest("forenames is missing");
    }
    if (dateOfBirth == null) {
      throw SandboxFailure.badRequest("dateOfBirth is missing");
    }
    if (surname.length() > 100 || forenames.length() > 100) {
      throw SandboxFailure.badRequest("names must be at most 100 characters");
    }
    if (title != null && title.length() > 20) {
      throw SandboxFailure.badRequest("title must be at most 20 characters");
    }
    if (postcode != null && postcode.length() > 10) {
      throw SandboxFailure.badRequest("postcode must be at most 10 characters");
    }
    if (mobile != null && (mobile.length() > 20 || !mobile.matches("\\+?[0-9 ]+"))) {
      throw SandboxFailure.badRequest("mobile must be a phone number such as 07700900123");
    }
  }
}
