package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps two planning runs (overlapping schedules, a manual run, another instance) from planning one
 * practice at the same time: a lease on the practice's settings row, taken by a conditional update
 * and committed at once. A run that does not get it skips the practice; a lease left by a crashed
 * run simply expires.
 */
@ApplicationScoped
public class PlanningLease {

  static final String TAKE =
      "update reminder_settings set plan_lease_owner = :owner, plan_lease_until = :until"
          + " where practice_id = :practice and enabled = true"
          + " and (plan_lease_until is null or plan_lease_until < :now)";

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public boolean take(Long practiceId, String owner, Instant now, Duration lease) {
    return em.createNativeQuery(TAKE)
            .setParameter("owner", owner)
            .setParameter("until", now.plus(lease))
            .setParameter("practice", practiceId)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** Gives the practice back, noting when it was planned and what came of it. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(Long practiceId, String owner, Instant now, String result) {
    em.createNativeQuery(
            "update reminder_settings set plan_lease_owner = null, plan_lease_until = null,"
                + " last_planned_at = :now, last_plan_result = :result"
                + " where practice_id = :practice and plan_lease_owner = :owner")
        .setParameter("now", now)
        .setParameter("result", result.length() > 300 ? result.substring(0, 300) : result)
        .setParameter("practice", practiceId)
        .setParameter("owner", owner)
        .executeUpdate();
  }
}
