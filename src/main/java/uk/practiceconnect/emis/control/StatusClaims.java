package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Which practices are due for a status check, and who checks them. An instance claims a batch of
 * due rows with one conditional update (a row another instance claimed, and whose lease has not run
 * out, does not match), so in a cluster each practice is checked by one instance at a time. A claim
 * is a lease: if its instance dies, the rows fall due again when it runs out.
 */
@ApplicationScoped
public class StatusClaims {

  @PersistenceContext EntityManager em;

  /**
   * Gives every practice a status row (new practices are due at once). Two instances doing it at
   * the same moment make one of them fail on the primary key: the caller may ignore that.
   */
  @Transactional
  public int addMissing(Instant now) {
    return em.createNativeQuery(
            "insert into emis_integration_status (practice_id, state, since, next_check_at)"
                + " select p.id, 'NOT_CONFIGURED', p.created_at, ?1 from practice p"
                + " where not exists (select 1 from emis_integration_status s"
                + " where s.practice_id = p.id)")
        .setParameter(1, now)
        .executeUpdate();
  }

  /** Makes every practice due now: a sweep of all of them. */
  @Transactional
  public int allDue(Instant now) {
    return em.createNativeQuery("update emis_integration_status set next_check_at = ?1")
        .setParameter(1, now)
        .executeUpdate();
  }

  /** Makes one practice due now (unless it already is), for a prompt re-check. */
  @Transactional
  public int dueNow(Long practiceId, Instant now) {
    return em.createNativeQuery(
            "update emis_integration_status set next_check_at = ?1"
                + " where practice_id = ?2 and next_check_at > ?1")
        .setParameter(1, now)
        .setParameter(2, practiceId)
        .executeUpdate();
  }

  /** Claims up to {@code batch} due practices for {@code claimant} until {@code until}. */
  @Transactional
  public List<Long> claim(String claimant, Instant now, Instant until, int batch) {
    em.createNativeQuery(
            "update emis_integration_status set claimed_by = ?1, claimed_until = ?2"
                + " where (claimed_until is null or claimed_until < ?3)"
                + " and practice_id in (select s.practice_id from emis_integration_status s"
                + " where s.next_check_at <= ?3"
                + " and (s.claimed_until is null or s.claimed_until < ?3)"
                + " order by s.next_check_at, s.practice_id fetch first "
                + Math.max(1, batch)
                + " rows only)")
        .setParameter(1, claimant)
        .setParameter(2, until)
        .setParameter(3, now)
        .executeUpdate();
    return em.createQuery(
            "select s.practiceId from PracticeIntegration s where s.claimedBy = :me", Long.class)
        .setParameter("me", claimant)
        .getResultList();
  }

  /** The practice to check (read in a transaction: the sweep runs on threads of its own). */
  @Transactional
  public Optional<Practice> practice(Long practiceId) {
    return Optional.ofNullable(em.find(Practice.class, practiceId));
  }

  /** Lets go of a claim without a result (the check could not run): due again at once. */
  @Transactional
  public void release(Long practiceId, String claimant) {
    em.createNativeQuery(
            "update emis_integration_status set claimed_by = null, claimed_until = null"
                + " where practice_id = ?1 and claimed_by = ?2")
        .setParameter(1, practiceId)
        .setParameter(2, claimant)
        .executeUpdate();
  }
}
