package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * A lock per patient per practice, held while a booking is claimed, so that two bookings of one
 * patient at the same moment are counted one after the other against the per-patient limit. An
 * update that changes nothing takes a row lock the same way on H2 and PostgreSQL. The retention job
 * deletes the rows of patients with no bookings left (BOOKING_PATIENT_LOCKS).
 */
@ApplicationScoped
public class PatientLocks {

  @PersistenceContext EntityManager em;
  // through the proxy, so that create() really runs in a transaction of its own
  @jakarta.inject.Inject PatientLocks self;

  /**
   * Makes sure the patient's lock row exists, outside any transaction of the caller's. It is made
   * here, never inside {@link #lock}: a transaction that holds a connection and then opens a second
   * one for the insert would, with enough bookings at once, leave the pool with no connection for
   * anyone (each holding one and waiting for another).
   */
  @Transactional(Transactional.TxType.NEVER)
  public void ensure(Long practiceId, NhsNumber nhs) {
    if (exists(practiceId, nhs)) {
      return;
    }
    try {
      self.create(practiceId, nhs);
    } catch (RuntimeException e) {
      // another request created it at the same moment: it exists now
    }
  }

  /** Within the caller's transaction: waits for anyone else holding this patient's lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(Long practiceId, NhsNumber nhs) {
    int locked =
        em.createNativeQuery(
                "update booking_patient_lock set nhs_number = nhs_number"
                    + " where practice_id = ?1 and nhs_number = ?2")
            .setParameter(1, practiceId)
            .setParameter(2, nhs.value())
            .executeUpdate();
    if (locked == 0) {
      // the retention job deleted the row between ensure() and now (a patient whose bookings had
      // all gone): made again on this transaction's own connection, which holds it until commit
      em.createNativeQuery(
              "insert into booking_patient_lock (practice_id, nhs_number) values (?1, ?2)")
          .setParameter(1, practiceId)
          .setParameter(2, nhs.value())
          .executeUpdate();
    }
  }

  private boolean exists(Long practiceId, NhsNumber nhs) {
    return !em.createNativeQuery(
            "select 1 from booking_patient_lock where practice_id = ?1 and nhs_number = ?2")
        .setParameter(1, practiceId)
        .setParameter(2, nhs.value())
        .getResultList()
        .isEmpty();
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
