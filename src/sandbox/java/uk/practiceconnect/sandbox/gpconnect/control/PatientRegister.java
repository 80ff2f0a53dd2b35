package uk.practiceconnect.sandbox.gpconnect.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.practiceconnect.sandbox.gpconnect.entity.Address;
import uk.practiceconnect.sandbox.gpconnect.entity.NhsNumbers;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * Registering more patients at a provider than its five fixed ones, through the admin face: a run
 * that books many slots needs many patients, since Practice Connect limits each patient's future
 * bookings. A number already added is replaced (its logical id kept); the fixed five stay as they
 * are, as the documentation and the tests rely on them. No database: the caller keeps the result.
 */
public final class PatientRegister {

  /** Enough for any benchmark here, and a bound on what one provider can be made to hold. */
  public static final int MAX_ADDED = 5_000;

  static final int MAX_NAME = 35;
  private static final Set<String> GENDERS = Set.of("male", "female", "other", "unknown");

  private PatientRegister() {}

  /** What the admin face is given; null prefix, gender, mobile and postcode are allowed. */
  public record Details(
      String prefix,
      String given,
      String family,
      String gender,
      LocalDate birthDate,
      String mobile,
      String postcode) {}

  /** The provider with the patient in its register, and whether the number was new there. */
  public record Registered(Provider provider, TestPatient patient, boolean created) {}

  /**
   * @param current the provider as it stands, added patients included
   * @param fixedOnes the NHS numbers of its fixed patients, which cannot be changed
   */
  public static Registered register(
      Provider current, Set<String> fixedOnes, String nhsNumber, Details d, LocalDate today) {
    if (!NhsNumbers.isValid(nhsNumber)) {
      throw SpineError.INVALID_NHS_NUMBER.failure(
          "The NHS number is not valid (10 digits with a check digit)");
    }
    if (fixedOnes.contains(nhsNumber)) {
      throw SpineError.DUPLICATE_REJECTED.failure(
          "NHS number " + nhsNumber + " belongs to one of the provider's fixed test patients");
    }
    String given = name("given", d.given());
    String family = name("family", d.family());
    String prefix = d.prefix() == null || d.prefix().isBlank() ? null : name("prefix", d.prefix());
    if (d.birthDate() == null || d.birthDate().isAfter(today)) {
      throw SpineError.BAD_REQUEST.failure("birthDate must be a date (YYYY-MM-DD), not in future");
    }
    String gender = d.gender() == null ? "unknown" : d.gender().strip().toLowerCase();
    if (!GENDERS.contains(gender)) {
      throw SpineError.BAD_REQUEST.failure("gender must be one of " + sorted(GENDERS));
    }
    String mobile = mobile(d.mobile());
    var existing = current.patientByNhsNumber(nhsNumber);
    if (existing.isEmpty() && current.patients().size() - fixedOnes.size() >= MAX_ADDED) {
      throw SpineError.INVALID_PARAMETER.failure(
          "A provider holds at most " + MAX_ADDED + " added patients; reset it to start again");
    }
    String id = existing.map(TestPatient::id).orElseGet(() -> nextId(current));
    Address home =
        new Address(
            List.of(),
            current.address().city(),
            current.address().district(),
            d.postcode() == null || d.postcode().isBlank() ? null : d.postcode().strip());
    TestPatient patient =
        new TestPatient(
            id, nhsNumber, prefix, given, family, gender, d.birthDate(), mobile, null, home);
    List<TestPatient> patients = new ArrayList<>(current.patients());
    patients.removeIf(p -> p.nhsNumber().equals(nhsNumber));
    patients.add(patient);
    return new Registered(current.withPatients(patients), patient, existing.isEmpty());
  }

  private static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      throw SpineError.BAD_REQUEST.failure(field + " is required");
    }
    if (value.strip().length() > MAX_NAME) {
      throw SpineError.BAD_REQUEST.failure(field + " must be at most " + MAX_NAME + " characters");
    }
    return value.strip();
  }

  /** UK mobile numbers only (07 and nine more digits; spaces allowed), as the fixed ones. */
  private static String mobile(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String digits = value.replace(" ", "");
    if (!digits.matches("07\\d{9}")) {
      throw SpineError.BAD_REQUEST.failure("mobile must be a UK mobile number, e.g. 07700900123");
    }
    return digits;
  }

  /** Logical ids are numbers counted on from the highest one there. */
  private static String nextId(Provider provider) {
    long highest =
        provider.patients().stream()
            .map(TestPatient::id)
            .filter(id -> id.matches("\\d{1,18}"))
            .mapToLong(Long::parseLong)
            .max()
            .orElse(0);
    return Long.toString(highest + 1);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
