package uk.practiceconnect.retention.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.control.Database;
import uk.practiceconnect.platform.control.Jobs;
import uk.practiceconnect.retention.entity.RetentionPolicy;

/**
 * The retention schedule: every {@code retention.check-interval-minutes} each instance looks for
 * kinds not yet done today and does those whose lease it gets (so a run cut short by a restart is
 * finished by the next look, on whichever instance). Each kind's figures go to the log; the support
 * desk reads them on Data retention.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no container transaction: each batch statement commits on its own (auto-commit), so a run cut
// short keeps what it did; a container transaction would also refuse the auto-commit
@TransactionManagement(TransactionManagementType.BEAN)
public class RetentionJobs {

  private static final Logger LOG = Logger.getLogger(RetentionJobs.class.getName());

  /** This instance, in the lease column. */
  static final String OWNER = "retention-" + UUID.randomUUID();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Jobs jobs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "retention.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "retention.check-interval-minutes", defaultValue = "60")
  long intervalMinutes;

  @Inject
  @ConfigProperty(name = "retention.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "retention.max-batches-per-run", defaultValue = "200")
  int maxBatches;

  private RetentionPolicy policy;

  @PostConstruct
  void start() {
    // read and checked at start-up: a wrong period stops the deployment, not a night's run
    policy =
        RetentionPolicy.of(
            kind ->
                ConfigProvider.getConfig()
                    .getOptionalValue(kind.configKey(), Integer.class)
                    .orElse(null));
    if (!enabled) {
      LOG.info("Retention is off (retention.enabled=false): nothing is deleted or anonymised");
      return;
    }
    jobs.every(
        "retention", Duration.ofMinutes(3), Duration.ofMinutes(intervalMinutes), this::runDue);
  }

  /** Does every kind not yet done today; returns what it did. */
  public List<RetentionRun.Figure> runDue() {
    try {
      List<RetentionRun.Figure> figures =
          new RetentionRun(dataSource, clock, OWNER, batchSize, maxBatches).runDue(policy);
      for (RetentionRun.Figure f : figures) {
        LOG.log(
            Level.INFO,
            "Retention: {0} {1} rows older than {2}{3}",
            new Object[] {
              f.kind().name(),
              f.kind().action() + " " + f.rows(),
              f.cutoff(),
              f.finished() ? "" : " (more to do: the next run goes on)"
            });
      }
      return figures;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Retention run failed: SQL state {0}", e.getSQLState());
      return List.of();
    }
  }

  public RetentionPolicy policy() {
    return policy;
  }

  public List<RetentionRun.LastRun> lastRuns() {
    try {
      return RetentionRun.lastRuns(dataSource);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Retention figures unreadable: SQL state {0}", e.getSQLState());
      return List.of();
    }
  }
}
