package uk.practiceconnect.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import uk.practiceconnect.platform.control.Jobs;

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

  @Inject Jobs jobs;
  @Inject EmisReconciliation reconciliation;
  @Inject BookingConfig config;
  @Inject Housekeeping housekeeping;

  @PostConstruct
  void start() {
    jobs.every(
        "booking housekeeping", Duration.ofSeconds(30), Duration.ofSeconds(30), housekeeping::run);
    if (!config.reconcileEnabled()) {
      LOG.info("Reconciliation of bookings with EMIS is off (booking.reconcile.enabled=false)");
      return;
    }
    jobs.every(
        "booking reconciliation with EMIS",
        config.reconcileInitialDelay(),
        config.reconcileInterval(),
        this::reconcile);
  }

  private void reconcile() {
    var report = reconciliation.reconcileAll();
    if (report.cancelled() + report.moved() + report.failed() > 0) {
      LOG.info(() -> "Bookings reconciled with EMIS: " + report);
    }
  }
}
