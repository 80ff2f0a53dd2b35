package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import uk.practiceconnect.reminders.entity.OptOut;
import uk.practiceconnect.reminders.entity.PatientKey;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderStatus;

/** Patients who asked a practice for no more reminders; honoured by planning and by dispatch. */
@ApplicationScoped
public class OptOuts {

  @PersistenceContext EntityManager em;

  public Set<PatientKey> of(Long practiceId) {
    Set<PatientKey> keys = new HashSet<>();
    em.createQuery("select o.nhsHash from OptOut o where o.practiceId = :p", String.class)
        .setParameter("p", practiceId)
        .getResultList()
        .forEach(h -> keys.add(new PatientKey(h)));
    return keys;
  }

  public boolean has(Long practiceId, PatientKey patient) {
    return em.find(OptOut.class, new OptOut.Key(practiceId, patient.hash())) != null;
  }

  /**
   * Records the opt-out (once) and stops every reminder still planned for the patient at the
   * practice. Returns false when the patient had opted out already.
   */
  @Transactional(TxType.MANDATORY)
  public boolean add(Long practiceId, PatientKey patient, OptOut.Source source, Instant now) {
    boolean added = !has(practiceId, patient);
    if (added) {
      em.persist(new OptOut(practiceId, patient, source, now));
    }
    em.createQuery(
            "update Reminder r set r.status = :notPlanned, r.reason = :optedOut,"
                + " r.dateOfBirth = null, r.updatedAt = :now, r.version = r.version + 1"
                + " where r.practiceId = :p and r.nhsHash = :h and r.status = :planned")
        .setParameter("notPlanned", ReminderStatus.NOT_PLANNED)
        .setParameter("optedOut", ReminderReason.OPTED_OUT)
        .setParameter("now", now)
        .setParameter("p", practiceId)
        .setParameter("h", patient.hash())
        .setParameter("planned", ReminderStatus.PLANNED)
        .executeUpdate();
    return added;
  }
}
