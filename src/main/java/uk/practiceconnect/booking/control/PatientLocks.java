package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A lock per patient per practice, held while a booking is claimed, so that two bookings of one
 * patient at the same moment are counted one after the other against the per-patient limit. An
 * update that changes nothing takes a row lock the same way on H2 and PostgreSQL.
 */
@ApplicationScoped
public class PatientLocks {

  @PersistenceContext EntityManager em;
  // through the proxy, so that create() really runs in a transaction of its own
  @jakarta.inject.Inject PatientLocks self;

  /** Within the caller's transaction: waits for anyone else holding this patient's lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(Long practiceId, NhsNumber nhs) {
    if (touch(practiceId, nhs) == 0) {
      try {
        self.create(practiceId, nhs);
      } catch (RuntimeException e) {
        // another request created it at the same moment: it exists now
      }
      touch(practiceId, nhs);
    }
  }

  private int touch(Long practiceId, NhsNumber nhs) {
    return em.createNativeQuery(
            "update booking_patient_lock set nhs_number = nhs_number"
                + " where practice_id = ?1 and nhs_number = ?2")
        .setParameter(1, practiceId)
        .setParameter(2, nhs.value())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(Long practiceId, NhsNumber nhs) {
    em.createNativeQuery(
            "insert into booking_patient_lock (practice_id, nhs_number) values (?1, ?2)")
        .setParameter(1, practiceId)
        .setParameter(2, nhs.value())
        .executeUpdate();
  }
}
