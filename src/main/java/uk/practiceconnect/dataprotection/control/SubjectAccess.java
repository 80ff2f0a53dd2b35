package uk.practiceconnect.dataprotection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import uk.practiceconnect.dataprotection.entity.DataSubject;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.dataprotection.entity.ErasureRequest;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Subject access and erasure for one patient of one practice, for the support desk only (the
 * practice, as controller, asks; the supplier carries it out). Both are audited with who, when and
 * which practice, and for an erasure the practice's reason and counts per table: never the NHS
 * number or mobile, not even masked, so the trail cannot say whose data it was.
 */
@ApplicationScoped
public class SubjectAccess {

  private static final Logger LOG = Logger.getLogger(SubjectAccess.class.getName());

  /** The most of the audit entry's detail column. */
  static final int MAX_DETAIL = 500;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Everything held about the patient; {@code how} says in the audit trail what it was for. */
  @Transactional
  public HeldData export(Caller caller, Practice practice, DataSubject subject, String how) {
    supportDesk(caller, false);
    PatientRows rows = new SubjectSearch(em).find(practice.id(), subject);
    HeldData data =
        new HeldData(
            practice.odsCode().value(),
            practice.name().value(),
            subject,
            clock.instant(),
            !rows.optOutHashes().isEmpty(),
            new SubjectExport(em).sections(rows));
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "PATIENT_DATA_EXPORTED",
        null,
        "Subject access by " + subject.kind() + ", " + how + ": " + data.total() + " rows");
    return data;
  }

  /** Erases (or anonymises) everything held about the patient, in one transaction. */
  @Transactional
  public Erased erase(Caller caller, Practice practice, ErasureRequest request) {
    supportDesk(caller, true);
    Instant now = clock.instant();
    PatientRows rows = new SubjectSearch(em).find(practice.id(), request.subject());
    Erased erased = new SubjectErasure(em).erase(rows, now);
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "PATIENT_DATA_ERASED",
        null,
        detail(request, erased));
    LOG.info(
        () ->
            "Patient data erased at practice "
                + practice.odsCode().value()
                + ": "
                + erased.total()
                + " rows");
    return erased;
  }

  /** Counts first, so a long reason is what gets cut short. */
  static String detail(ErasureRequest request, Erased erased) {
    String text =
        "Erased by "
            + request.subject().kind()
            + " at the practice's decision: "
            + erased.describe()
            + (erased.optOutKept() ? "; opt-out kept" : "")
            + ". Decided by "
            + request.decision().decidedBy()
            + ". Reason: "
            + request.decision().reason();
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
  }

  private static void supportDesk(Caller caller, boolean write) {
    if (!caller.allPractices() || (write && !caller.canWrite())) {
      throw DomainException.forbidden(
          write
              ? "Only the support desk (an all-practices read-write key) can erase a patient's"
                  + " data"
              : "Only the support desk (an all-practices key) can export a patient's data");
    }
  }
}
