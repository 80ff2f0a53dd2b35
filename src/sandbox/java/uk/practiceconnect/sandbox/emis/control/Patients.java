package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import uk.practiceconnect.sandbox.emis.entity.BookViews.PatientView;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.Patient;
import uk.practiceconnect.sandbox.emis.entity.PatientDetails;

/** The organisation's registered patients: matching a person to one, and keeping them. */
@ApplicationScoped
public class Patients {

  @PersistenceContext EntityManager em;

  public Optional<Patient> find(Long org, NhsNumber nhsNumber) {
    return em.createQuery(
            "select p from SbxEmisPatient p where p.organisationId = :org"
                + " and p.nhsNumber = :nhs",
            Patient.class)
        .setParameter("org", org)
        .setParameter("nhs", nhsNumber.value())
        .getResultStream()
        .findFirst();
  }

  public Patient require(Long org, NhsNumber nhsNumber) {
    return find(org, nhsNumber)
        .orElseThrow(() -> Outcome.PATIENT_NOT_MATCHED.failure("No patient with that NHS number"));
  }

  /**
   * GetMatchedPatient: the patient only if NHS number, date of birth and surname all agree. The
   * answer does not say which part was wrong, so it cannot be used to probe records.
   */
  public PatientView match(Long org, NhsNumber nhsNumber, LocalDate dateOfBirth, String surname) {
    return find(org, nhsNumber)
        .filter(p -> p.matches(dateOfBirth, surname))
        .map(PatientView::of)
        .orElseThrow(
            () ->
                Outcome.PATIENT_NOT_MATCHED.failure(
                    "No patient with that NHS number, date of birth and surname"));
  }

  /**
   * @return true when the patient is new
   */
  @Transactional
  public boolean put(Long org, NhsNumber nhsNumber, PatientDetails details) {
    Optional<Patient> existing = find(org, nhsNumber);
    existing.ifPresent(p -> p.update(details));
    if (existing.isEmpty()) {
      em.persist(new Patient(org, nhsNumber, details));
    }
    return existing.isEmpty();
  }

  public PatientView view(Long org, NhsNumber nhsNumber) {
    return PatientView.of(require(org, nhsNumber));
  }
}
