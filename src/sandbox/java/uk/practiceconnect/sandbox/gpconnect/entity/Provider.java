package uk.practiceconnect.sandbox.gpconnect.entity;

import java.util.List;
import java.util.Optional;

/**
 * A provider practice the stand-in serves: its ODS code (in its FHIR base address), the ASID Spine
 * knows its GP Connect endpoint by ({@code Ssp-To}), the one surgery its appointments take place
 * at, and its clinicians, diaries and registered patients.
 */
public record Provider(
    String odsCode,
    String name,
    String asid,
    String phone,
    Address address,
    List<Clinician> clinicians,
    List<DiarySchedule> schedules,
    List<TestPatient> patients) {

  /** Logical ids: one organisation and one location per provider. */
  public static final String ORGANIZATION_ID = "1";

  public static final String LOCATION_ID = "1";

  public Provider {
    clinicians = List.copyOf(clinicians);
    schedules = List.copyOf(schedules);
    patients = List.copyOf(patients);
  }

  /** The same practice with these registered patients instead of its current ones. */
  public Provider withPatients(List<TestPatient> registered) {
    return new Provider(odsCode, name, asid, phone, address, clinicians, schedules, registered);
  }

  public Optional<Clinician> clinician(String id) {
    return clinicians.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<DiarySchedule> schedule(String id) {
    return schedules.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<TestPatient> patient(String id) {
    return patients.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<TestPatient> patientByNhsNumber(String nhsNumber) {
    return patients.stream().filter(p -> p.nhsNumber().equals(nhsNumber)).findFirst();
  }
}
