package uk.practiceconnect.reminders.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.control.Jobs;

/**
 * The reminder schedule: a planning run every {@code reminders.plan-interval-minutes} for every
 * practice, started on one instance of the cluster and shared out: the others join it within {@link
 * ReminderPlanning#HELP_EVERY} and each practice is planned once per run, by whichever instance
 * takes its lease first (each instance planning every practice would ask EMIS for every book as
 * many times); handing due reminders to the outbox every {@code
 * reminders.dispatch-interval-seconds} on every instance (the hand-over claims reminders with
 * {@code FOR UPDATE SKIP LOCKED}, so instances take different ones); settling patients'
 * cancellations a crash left half done, as often, on one instance at a time (each asks EMIS); and
 * planning a practice soon after its settings changed, on the instance that saved them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderJobs {

  private static final Logger LOG = Logger.getLogger(ReminderJobs.class.getName());

  @Inject Jobs jobs;
  @Inject ReminderPlanning planning;
  @Inject ReminderDispatcher dispatcher;
  @Inject PatientLinks patientLinks;

  @Inject
  @ConfigProperty(name = "reminders.scheduler.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "reminders.plan-interval-minutes", defaultValue = "15")
  long planMinutes;

  @Inject
  @ConfigProperty(name = "reminders.dispatch-interval-seconds", defaultValue = "20")
  long dispatchSeconds;

  @PostConstruct
  void start() {
    if (!enabled) {
      LOG.info("Reminder schedule is off (reminders.scheduler.enabled=false)");
      // runs asked for over REST are still shared out
      jobs.helpWith(ReminderPlanning.JOB, ReminderPlanning.HELP_EVERY, planning::planRun);
      return;
    }
    jobs.everyOnceShared(
        ReminderPlanning.JOB,
        Duration.ofSeconds(20),
        Duration.ofMinutes(planMinutes),
        ReminderPlanning.HELP_EVERY,
        this::planRun,
        planning::planRun);
    jobs.every(
        "reminder hand-over",
        Duration.ofSeconds(25),
        Duration.ofSeconds(dispatchSeconds),
        this::dispatchAll);
    jobs.everyOnce(
        "settling patients' cancellations",
        Duration.ofSeconds(30),
        Duration.ofSeconds(dispatchSeconds),
        patientLinks::settlePending);
  }

  /**
   * Hands every due reminder to the outbox (each practice's plan made fresh first); returns how
   * many were handed over.
   */
  public int dispatchAll() {
    return dispatcher.dispatchAll();
  }

  private void planRun(Instant run) {
    var mine = planning.planRun(run);
    if (mine.practices() > 0) {
      LOG.info(() -> "Reminder planning, this instance's share: " + mine);
    }
    dispatchAll();
  }

  /** A practice whose settings changed is planned again soon, not at the next scheduled run. */
  public void settingsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ReminderSettingsService.Changed changed) {
    if (!enabled) {
      return;
    }
    jobs.after(
        "reminder planning after a settings change",
        Duration.ofSeconds(2),
        () -> {
          planning.planById(changed.practiceId());
          dispatchAll();
        });
  }
}
