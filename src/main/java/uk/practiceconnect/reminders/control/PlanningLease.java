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

  /** Free (or run out), and not planned since {@code :run}: a run's start, or now outside one. */
  static final String TAKE =
      "update reminder_settings set plan_lease_owner = :owner, plan_lease_until = :until"
          + " where practice_id = :practice and enabled = true"
          + " and (plan_lease_until is null or plan_lease_until < :now)"
          + " and (last_planned_at is null or last_planned_at < :run)";

  /**
   * Gives a practice back with what planning it came to; a failed run writes null counts in the
   * text (no null parameter: its SQL type would be a guess).
   */
  static String release(boolean counted) {
    return "update reminder_settings set plan_lease_owner = null, plan_lease_until = null,"
        + " last_planned_at = :now, last_plan_result = :result, "
        + (counted
            ? "last_plan_reminders = :reminders, last_plan_not_planned = :notPlanned"
            : "last_plan_reminders = null, last_plan_not_planned = null")
        + " where practice_id = :practice and plan_lease_owner = :owner";
  }

  @PersistenceContext EntityManager em;

  /**
   * Takes the practice unless it is being planned or has been planned since {@code notPlannedSince}
   * (by this instance or another): a run's start, so that a run shared out between instances plans
   * each practice once; {@code now} outside a run.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean take(
      Long practiceId, String owner, Instant now, Duration lease, Instant notPlannedSince) {
    return em.createNativeQuery(TAKE)
            .setParameter("owner", owner)
            .setParameter("until", now.plus(lease))
            .setParameter("practice", practiceId)
            .setParameter("now", now)
            .setParameter("run", notPlannedSince)
            .executeUpdate()
        == 1;
  }

  /**
   * Gives the practice back, noting when it was planned and what came of it: in words, and the
   * reminders planned or moved and the appointments that get none (null when planning failed).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(
      Long practiceId, String owner, Instant now, String result, PlanStore.Tally tally) {
    var update =
        em.createNativeQuery(release(tally != null))
            .setParameter("now", now)
            .setParameter("result", result.length() > 300 ? result.substring(0, 300) : result)
            .setParameter("practice", practiceId)
            .setParameter("owner", owner);
    if (tally != null) {
      update
          .setParameter("reminders", tally.planned() + tally.retimed())
          .setParameter("notPlanned", tally.notPlanned());
    }
    update.executeUpdate();
  }
}
