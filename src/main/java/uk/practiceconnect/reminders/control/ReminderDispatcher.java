package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.reminders.control.HandOverStore.DueRef;
import uk.practiceconnect.reminders.entity.ReminderRule;

/**
 * Hands reminders whose time has come to the SMS outbox, practice by practice. What we know of a
 * practice's appointment book is made fresh first: when its last plan is older than {@code
 * reminders.fresh-plan-seconds}, the practice is planned again (one EMIS read for all its due
 * reminders), so an appointment cancelled or moved in EMIS shortly before the send time stops or
 * re-times its text. Then its due reminders are handed over a batch per transaction ({@link
 * HandOverStore}); when a batch fails, its reminders are handed over one per transaction, so the
 * one that fails is marked not sent with the reason and the rest still go.
 */
@ApplicationScoped
public class ReminderDispatcher {

  private static final Logger LOG = Logger.getLogger(ReminderDispatcher.class.getName());

  public static final int BATCH = 100;
  static final int PRACTICE_PAGE = 200;

  /** What one run came to. */
  public record Report(int handedOver, int waiting, int notSent, int failed) {}

  @Inject HandOverStore store;
  @Inject PlanStore plans;
  @Inject ReminderPlanning planning;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "reminders.fresh-plan-seconds", defaultValue = "120")
  long freshPlanSeconds;

  /** Hands every due reminder of every practice to the outbox; returns how many went. */
  public int dispatchAll() {
    return run().handedOver();
  }

  public Report run() {
    int[] tally = new int[4];
    long after = 0;
    while (true) {
      List<Long> page = store.practicesWithDue(clock.instant(), after, PRACTICE_PAGE);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1);
      for (int[] t : planning.forEach(page, this::dispatchPractice)) {
        for (int i = 0; i < tally.length; i++) {
          tally[i] += t[i];
        }
      }
      if (page.size() < PRACTICE_PAGE) {
        break;
      }
    }
    return new Report(tally[0], tally[1], tally[2], tally[3]);
  }

  /** One practice's due reminders: handed over, waiting, not sent, failed. */
  int[] dispatchPractice(Long practiceId) {
    try {
      return handOverPractice(practiceId);
    } catch (RuntimeException e) {
      // the others go on; this practice is tried again next round
      LOG.log(
          Level.WARNING,
          "Handing over practice {0}'s reminders failed: {1}",
          new Object[] {practiceId, e.getClass().getName()});
      LOG.log(Level.FINE, "Hand-over failed", e);
      return new int[4];
    }
  }

  private int[] handOverPractice(Long practiceId) {
    int[] tally = new int[4];
    if (isStale(practiceId)) {
      var outcome = planning.planBeforeSending(practiceId);
      if (outcome.result() == ReminderPlanning.Outcome.Result.SKIPPED_BUSY) {
        return tally; // being planned right now: its reminders go next round, with what it finds
      }
      // planning failed or EMIS is not healthy: hand over with what the last plan knew, rather
      // than let every reminder of the practice wait for EMIS
    }
    Optional<PlanStore.Prepared> prepared = plans.prepare(practiceId);
    if (prepared.isEmpty()) {
      return tally;
    }
    String name = prepared.get().practice().name().value();
    ReminderRule rule = prepared.get().rule();
    DueRef after = new DueRef(0, Instant.EPOCH);
    while (true) {
      List<DueRef> due = store.due(practiceId, clock.instant(), after, BATCH);
      if (due.isEmpty()) {
        return tally;
      }
      after = due.get(due.size() - 1);
      try {
        Map<HandOverStore.Result, Integer> done =
            store.handOverAll(due.stream().map(DueRef::id).toList(), name, rule, clock.instant());
        tally[0] += done.getOrDefault(HandOverStore.Result.HANDED_OVER, 0);
        tally[1] += done.getOrDefault(HandOverStore.Result.WAITING, 0);
        tally[2] += done.getOrDefault(HandOverStore.Result.NOT_SENT, 0);
      } catch (RuntimeException e) {
        // something in the batch failed and none of it was handed over: one at a time, so the
        // culprit is marked and the others go
        for (DueRef ref : due) {
          handOver(ref.id(), name, rule, tally);
        }
      }
      if (due.size() < BATCH) {
        return tally;
      }
    }
  }

  private void handOver(long id, String practiceName, ReminderRule rule, int[] tally) {
    try {
      switch (store.handOver(id, practiceName, rule, clock.instant())) {
        case HANDED_OVER -> tally[0]++;
        case WAITING -> tally[1]++;
        case NOT_SENT -> tally[2]++;
        case GONE -> {}
      }
    } catch (RuntimeException e) {
      if (isConflict(e)) {
        return; // planning changed it at the same moment: the next round looks again
      }
      tally[3]++;
      // the class only: a message could quote the row
      LOG.log(
          Level.WARNING,
          "Reminder {0} could not be handed over ({1}): marked not sent",
          new Object[] {id, e.getClass().getName()});
      LOG.log(Level.FINE, "Hand-over failed", e);
      try {
        store.failed(id, clock.instant());
      } catch (RuntimeException again) {
        LOG.log(
            Level.WARNING,
            "Reminder {0} could not be marked not sent either: {1}",
            new Object[] {id, again.getClass().getName()});
      }
    }
  }

  private boolean isStale(Long practiceId) {
    Optional<Instant> last = store.lastPlannedAt(practiceId);
    return last.isEmpty()
        || Duration.between(last.get(), clock.instant()).getSeconds() >= freshPlanSeconds;
  }

  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof LockTimeoutException
          || t instanceof SQLTransientException
          || t.getClass().getName().endsWith("StaleStateException")
          || t.getClass().getName().endsWith("StaleObjectStateException")) {
        return true;
      }
    }
    return false;
  }
}
