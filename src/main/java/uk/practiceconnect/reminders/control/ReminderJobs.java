package uk.practiceconnect.reminders.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder schedule: planning every {@code reminders.plan-interval-minutes} for every practice,
 * handing due reminders to the outbox every {@code reminders.dispatch-interval-seconds} (and then
 * settling patients' cancellations a crash left half done), and planning a practice soon after its
 * settings changed. Every instance runs it; leases and row claims keep instances from doing the
 * same work twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderJobs {

  private static final Logger LOG = Logger.getLogger(ReminderJobs.class.getName());

  @Resource ManagedThreadFactory threadFactory;
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

  private ScheduledExecutorService timers;

  @PostConstruct
  void start() {
    timers = Executors.newScheduledThreadPool(2, threadFactory);
    if (!enabled) {
      LOG.info("Reminder schedule is off (reminders.scheduler.enabled=false)");
      return;
    }
    timers.scheduleWithFixedDelay(
        guarded("planning", this::planAll), 20, planMinutes * 60, TimeUnit.SECONDS);
    timers.scheduleWithFixedDelay(
        guarded(
            "dispatch",
            () -> {
              dispatchAll();
              patientLinks.settlePending();
            }),
        25,
        dispatchSeconds,
        TimeUnit.SECONDS);
  }

  /**
   * Hands every due reminder to the outbox (each practice's plan made fresh first); returns how
   * many were handed over.
   */
  public int dispatchAll() {
    return dispatcher.dispatchAll();
  }

  private void planAll() {
    var report = planning.planAll();
    if (report.practices() > 0) {
      LOG.info(() -> "Reminder planning: " + report);
    }
    dispatchAll();
  }

  /** A practice whose settings changed is planned again soon, not at the next scheduled run. */
  public void settingsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ReminderSettingsService.Changed changed) {
    if (!enabled) {
      return;
    }
    timers.schedule(
        guarded(
            "planning after a settings change",
            () -> {
              planning.planById(changed.practiceId());
              dispatchAll();
            }),
        2,
        TimeUnit.SECONDS);
  }

  private static Runnable guarded(String what, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Reminder {0} failed: {1}", new Object[] {what, e.getClass().getName()});
        LOG.log(Level.FINE, "Reminder job failed", e);
      }
    };
  }

  @PreDestroy
  void stop() {
    timers.shutdownNow();
  }
}
