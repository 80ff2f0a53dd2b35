package uk.practiceconnect.safety.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.safety.entity.IncidentDate;
import uk.practiceconnect.safety.entity.IncidentDescription;
import uk.practiceconnect.safety.entity.PatientReference;
import uk.practiceconnect.safety.entity.SafetyIncident;

/**
 * Safety incidents: a practice reports one, the support desk reads them all. The audit trail and
 * the log say that an incident was reported, by whom and for which practice, never what it says (it
 * may identify a patient).
 */
@ApplicationScoped
public class SafetyIncidents {

  private static final Logger LOG = Logger.getLogger(SafetyIncidents.class.getName());

  /** The most a page or REST call lists at once. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Transactional
  public SafetyIncident report(
      Caller caller, Practice practice, String rawDate, String rawWhat, String rawPatient) {
    if (!caller.canSee(practice.id())) {
      throw DomainException.notFound("There is no practice that you can see with that code");
    }
    LocalDate today = clock.instant().atZone(UkTime.ZONE).toLocalDate();
    var v = new Validation();
    LocalDate occurredOn = v.field("occurredOn", rawDate, s -> IncidentDate.parse(s, today));
    IncidentDescription what = v.field("whatHappened", rawWhat, IncidentDescription::of);
    Optional<PatientReference> patient =
        v.field("patientReference", rawPatient, PatientReference::optional);
    v.throwIfInvalid();
    SafetyIncident incident =
        new SafetyIncident(
            practice.id(),
            practice.odsCode().value(),
            clock.instant(),
            caller.name(),
            occurredOn,
            what,
            patient);
    em.persist(incident);
    em.flush();
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "SAFETY_INCIDENT_REPORTED",
        null,
        incident.reference() + ", which happened on " + occurredOn);
    LOG.warning(
        () ->
            "Safety incident "
                + incident.reference()
                + " reported for practice "
                + practice.odsCode().value()
                + ": the support desk reads it under Safety incidents");
    return incident;
  }

  /**
   * The support desk marks an incident serious, so it is kept 20 years instead of 10. Audited with
   * the reference only; marking one twice changes nothing.
   */
  @Transactional
  public SafetyIncident markSerious(Caller caller, Long id) {
    supportDeskOnly(caller);
    if (!caller.canWrite()) {
      throw DomainException.forbidden("Only the support desk can mark an incident serious");
    }
    SafetyIncident incident = em.find(SafetyIncident.class, id);
    if (incident == null) {
      throw DomainException.notFound("There is no safety incident with that reference");
    }
    if (incident.markSerious(caller.name(), clock.instant())) {
      audit.record(
          caller,
          incident.practiceId(),
          incident.odsCode(),
          "SAFETY_INCIDENT_MARKED_SERIOUS",
          null,
          incident.reference() + " marked serious: kept 20 years after the report");
    }
    return incident;
  }

  /** Every practice's incidents, newest first: the support desk only. */
  public List<SafetyIncident> all(Caller caller, int first, int size) {
    supportDeskOnly(caller);
    return em.createNamedQuery(SafetyIncident.NEWEST_FIRST, SafetyIncident.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(MAX_PAGE, Math.max(1, size)))
        .getResultList();
  }

  public long count(Caller caller) {
    supportDeskOnly(caller);
    return em.createNamedQuery(SafetyIncident.COUNT, Long.class).getSingleResult();
  }

  /** What one practice reported, newest first (at most {@link #MAX_PAGE}). */
  public List<SafetyIncident> ofPractice(Practice practice) {
    return em.createNamedQuery(SafetyIncident.OF_PRACTICE, SafetyIncident.class)
        .setParameter("practice", practice.id())
        .setMaxResults(MAX_PAGE)
        .getResultList();
  }

  private static void supportDeskOnly(Caller caller) {
    if (!caller.allPractices()) {
      throw DomainException.forbidden(
          "Only the support desk (an all-practices key) can read every practice's safety"
              + " incidents");
    }
  }
}
