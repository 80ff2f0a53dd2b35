package uk.practiceconnect.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reconciliation with EMIS every {@code booking.reconcile.interval-seconds} (one run at a time
 * per instance; several instances may overlap harmlessly: each change re-checks its booking under a
 * row lock). Off with {@code booking.reconcile.enabled=false}; the REST trigger still works.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BookingJobs {

  private static final Logger LOG = Logger.getLogger(BookingJobs.class.getName());

  @Resource ManagedThreadFactory threadFactory;
  @Inject EmisReconciliation reconciliation;
  @Inject BookingConfig config;

  private ScheduledExecutorService timer;

  @PostConstruct
  void start() {
    timer = Executors.newSingleThreadScheduledExecutor(threadFactory);
    if (!config.reconcileEnabled()) {
      LOG.info("Reconciliation of bookings with EMIS is off (booking.reconcile.enabled=false)");
      return;
    }
    timer.scheduleWithFixedDelay(
        this::reconcile,
        config.reconcileInitialDelay().toSeconds(),
        config.reconcileInterval().toSeconds(),
        TimeUnit.SECONDS);
  }

  private void reconcile() {
    try {
      var report = reconciliation.reconcileAll();
      if (report.cancelled() + report.moved() + report.failed() > 0) {
        LOG.info(() -> "Bookings reconciled with EMIS: " + report);
      }
    } catch (RuntimeException e) { // a failed run must not cancel the schedule
      LOG.log(Level.WARNING, "Reconciliation with EMIS failed: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "Reconciliation with EMIS failed", e);
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}
