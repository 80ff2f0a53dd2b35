package uk.practiceconnect.sandbox.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.practiceconnect.sandbox.gpconnect.entity.Address;
import uk.practiceconnect.sandbox.gpconnect.entity.Clinician;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySchedule;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * The provider practices the stand-in serves, fixed in code like a real practice's set-up: Parkside
 * Health Centre (A81003), the demo's third practice, and Moorside Test Surgery (A81099), which the
 * tests use and reset freely. Both have the same week (two GPs and a practice nurse, 15-minute
 * slots) and the same registered test patients; phone numbers are from Ofcom's drama ranges. More
 * patients can be registered through the admin face (kept in memory until the provider's reset).
 */
@ApplicationScoped
public class Providers {

  public static final String PARKSIDE = "A81003";
  public static final String MOORSIDE = "A81099";

  private static final List<Provider> ALL =
      List.of(
          provider(
              PARKSIDE,
              "Parkside Health Centre",
              "918999198993",
              "0113 496 0431",
              new Address(
                  List.of("1 Parkside Lane", "Headingley"), "Leeds", "West Yorkshire", "LS6 4QF"),
              List.of("Dr Priya Shah", "Dr Owen Hughes", "Nurse Grace Adeyemi")),
          provider(
              MOORSIDE,
              "Moorside Test Surgery",
              "918999199121",
              "0113 496 0977",
              new Address(List.of("22 Moor Road"), "Bradford", "West Yorkshire", "BD7 1AA"),
              List.of("Dr Helen Carter", "Dr Amir Rahman", "Nurse Joe Lister")));

  /**
   * Providers whose register has patients added through the admin face, by ODS code; replaced whole
   * on each change, so a request reads one consistent register without locking.
   */
  private final Map<String, Provider> changed = new ConcurrentHashMap<>();

  public List<Provider> all() {
    return ALL.stream().map(p -> changed.getOrDefault(p.odsCode(), p)).toList();
  }

  public Optional<Provider> find(String odsCode) {
    return ALL.stream()
        .filter(p -> p.odsCode().equalsIgnoreCase(odsCode))
        .findFirst()
        .map(p -> changed.getOrDefault(p.odsCode(), p));
  }

  /** Adds the patient to the provider's register, or replaces an added one with that number. */
  public synchronized PatientRegister.Registered register(
      String odsCode, String nhsNumber, PatientRegister.Details details, LocalDate today) {
    Provider current = require(odsCode);
    Set<String> fixed =
        patients().stream().map(TestPatient::nhsNumber).collect(Collectors.toUnmodifiableSet());
    PatientRegister.Registered done =
        PatientRegister.register(current, fixed, nhsNumber, details, today);
    changed.put(current.odsCode(), done.provider());
    return done;
  }

  /** Back to the fixed register (part of a provider's reset). */
  public void forgetAddedPatients(String odsCode) {
    changed.remove(require(odsCode).odsCode());
  }

  public Provider require(String odsCode) {
    return find(odsCode)
        .orElseThrow(
            () ->
                SpineError.NO_RECORD_FOUND.failure(
                    "No GP Connect provider with ODS code " + odsCode + " at this address"));
  }

  /** For rules tested without CDI. */
  public static Provider parkside() {
    return ALL.get(0);
  }

  private static Provider provider(
      String ods, String name, String asid, String phone, Address address, List<String> names) {
    List<Clinician> clinicians =
        List.of(
            clinician(
                "1",
                "G8" + ods.substring(1) + "1",
                names.get(0),
                "female",
                Clinician.GP_ROLE,
                "General Medical Practitioner"),
            clinician(
                "2",
                "G8" + ods.substring(1) + "2",
                names.get(1),
                "male",
                Clinician.GP_ROLE,
                "General Medical Practitioner"),
            clinician(
                "3",
                "G8" + ods.substring(1) + "3",
                names.get(2),
                "female",
                null,
                "Practice Nurse"));
    LocalTime[] morning = {LocalTime.of(9, 0), LocalTime.of(12, 0)};
    LocalTime[] afternoon = {LocalTime.of(14, 0), LocalTime.of(17, 0)};
    List<DiarySchedule> schedules =
        List.of(
            new DiarySchedule(
                "1",
                "1",
                "GP surgery",
                "Routine GP appointment",
                "In-person",
                List.of(morning, afternoon),
                15),
            new DiarySchedule(
                "2",
                "2",
                "GP telephone surgery",
                "Routine GP appointment",
                "Telephone",
                List.<LocalTime[]>of(morning),
                15),
            new DiarySchedule(
                "3",
                "3",
                "Nurse clinic",
                "Nurse appointment",
                "In-person",
                List.of(morning, afternoon),
                15));
    return new Provider(ods, name, asid, phone, address, clinicians, schedules, patients());
  }

  private static Clinician clinician(
      String id, String sdsUserId, String name, String gender, String roleCode, String role) {
    String[] parts = name.split(" ");
    return new Clinician(id, sdsUserId, parts[0], parts[1], parts[2], gender, roleCode, role);
  }

  /** Synthetic patients: NHS numbers from the 999 test range, mobiles from 07700 900xxx. */
  private static List<TestPatient> patients() {
    return List.of(
        new TestPatient(
            "1",
            "9990000026",
            "Ms",
            "Sam",
            "Morgan",
            "female",
            LocalDate.of(1990, 3, 2),
            "07700900002",
            null,
            new Address(List.of("4 Cardigan Road"), "Leeds", "West Yorkshire", "LS6 1LF")),
        new TestPatient(
            "2",
            "9990000034",
            "Mr",
            "Daniel",
            "Okafor",
            "male",
            LocalDate.of(1978, 11, 23),
            "07700900003",
            "0113 496 0502",
            new Address(List.of("17 Ash Grove"), "Leeds", "West Yorkshire", "LS6 1AA")),
        new TestPatient(
            "3",
            "9990000042",
            "Mrs",
            "Eleanor",
            "Whitfield",
            "female",
            LocalDate.of(1944, 7, 9),
            "07700900004",
            "0113 496 0617",
            new Address(
                List.of("Flat 2", "9 Victoria Road"), "Leeds", "West Yorkshire", "LS6 1DU")),
        new TestPatient(
            "4",
            "9990000050",
            "Miss",
            "Chloe",
            "Bennett",
            "female",
            LocalDate.of(2004, 1, 30),
            "07700900005",
            null,
            new Address(List.of("31 Hyde Park Road"), "Leeds", "West Yorkshire", "LS6 1AG")),
        new TestPatient(
            "5",
            "9990000069",
            "Mr",
            "Harold",
            "Finch",
            "male",
            LocalDate.of(1951, 5, 17),
            null,
            "0113 496 0789",
            new Address(List.of("3 Moor View"), "Leeds", "West Yorkshire", "LS6 3BN")));
  }
}
