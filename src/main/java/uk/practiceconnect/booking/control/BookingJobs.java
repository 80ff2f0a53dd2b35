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
 * The reconciliation with EMIS every {@code booking.reconcile.interval-seconds}, and the settling
 * of bookings left pending every half minute: each on one instance of the cluster at a time, since
 * both read EMIS for every booking they look at (were two to overlap, say during a lease that ran
 * out, each change still re-checks its booking under a row lock). Reconciliation is off with {@code
 * booking.reconcile.enabled=false}; the REST trigger still works.
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
    jobs.everyOnce(
        "booking housekeeping", Duration.ofSeconds(30), Duration.ofSeconds(30), housekeeping::run);
    if (!config.reconcileEnabled()) {
      LOG.info("Reconciliation of bookings with EMIS is off (booking.reconcile.enabled=false)");
      return;
    }
    jobs.everyOnce(
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
