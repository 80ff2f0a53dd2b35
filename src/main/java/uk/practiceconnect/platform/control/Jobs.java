package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one scheduler: jobs that repeat and tasks that run once after a delay, on
 * container-managed threads (so they may use transactions, CDI and the database), each run guarded:
 * a failure is logged with its class only (a message can quote personal data) and never stops the
 * schedule. Every feature's background work goes through here.
 *
 * <p>Several instances share one database, so each schedule says how it is kept from doing the same
 * work twice: {@link #every} runs on every instance (for work split by row claims, or state that is
 * each instance's own); {@link #everyOnce} runs on one instance at a time, taking the job's lease
 * in the database before each run ({@link JobLeases}). docs/deploy.md lists which is which.
 */
@ApplicationScoped
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  /** How often an instance looks whether a job run once across instances is due, at most. */
  static final Duration LONGEST_LOOK = Duration.ofMinutes(1);

  @Resource ManagedThreadFactory threads;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "jobs.threads", defaultValue = "8")
  int size;

  @Inject
  @ConfigProperty(name = "jobs.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  private ScheduledExecutorService timers;
  private JobLeases leases;

  @PostConstruct
  void start() {
    timers = Executors.newScheduledThreadPool(Math.max(1, size), threads);
    if (dataSource != null) {
      leases =
          new JobLeases(
              dataSource, clock, ThisInstance.id(), Duration.ofSeconds(leaseSeconds), timers);
    }
  }

  /**
   * {@code job} every {@code period} after the end of its last run, the first after {@code first},
   * on every instance: for work that row claims split between instances, or that is this instance's
   * own.
   */
  public ScheduledFuture<?> every(String name, Duration first, Duration period, Runnable job) {
    return timers.scheduleWithFixedDelay(
        guarded(name, job),
        first.toMillis(),
        Math.max(1, period.toMillis()),
        TimeUnit.MILLISECONDS);
  }

  /**
   * {@code job} on one instance of the cluster at a time, {@code period} after the end of its last
   * run on any instance. Each instance looks every quarter period (at least every second, at most
   * every minute), the first time after {@code first}, and runs the job if it gets the job's lease.
   * If the instance running it dies, another carries on once the lease has run out ({@code
   * jobs.lease-seconds}). {@code name} is the job's key in the database: keep it stable.
   */
  public ScheduledFuture<?> everyOnce(String name, Duration first, Duration period, Runnable job) {
    requireLeases();
    return timers.scheduleWithFixedDelay(
        guarded(name, () -> leases.runIfDue(name, period, job)),
        first.toMillis(),
        lookEvery(period).toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * A job started on one instance at a time, as {@link #everyOnce}, that the other instances help
   * with: {@code run} gets the run's start on the instance that took the lease; every {@code
   * helpEvery}, each other instance that sees a run under way calls {@code help} with the same
   * start. The work must share itself out by row claims and leave alone what was done since the
   * run's start, so that however many instances join, each piece is done once. Helping goes on
   * whether or not this instance starts runs itself: a run asked for on one instance ({@link
   * #runNow}) is shared out too.
   */
  public void everyOnceShared(
      String name,
      Duration first,
      Duration period,
      Duration helpEvery,
      Consumer<Instant> run,
      Consumer<Instant> help) {
    requireLeases();
    timers.scheduleWithFixedDelay(
        guarded(name, () -> leases.runIfDue(name, period, started -> run(run, started))),
        first.toMillis(),
        lookEvery(period).toMillis(),
        TimeUnit.MILLISECONDS);
    helpWith(name, helpEvery, help);
  }

  /** Every {@code helpEvery}, joins the run of {@code name} that another instance has under way. */
  public void helpWith(String name, Duration helpEvery, Consumer<Instant> help) {
    requireLeases();
    every(
        name + " (helping)",
        helpEvery,
        helpEvery,
        () -> leases.runningElsewhere(name).ifPresent(help));
  }

  /**
   * Runs the shared job {@code name} now, here, whenever it last ran: takes its lease and calls
   * {@code work} with the run's start; or, if another instance is running it, joins that run with
   * its start. Returns the start of the run that {@code work} took part in.
   */
  public Instant runNow(String name, Consumer<Instant> work) {
    requireLeases();
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Instant> ran = leases.runIfDue(name, Duration.ZERO, started -> run(work, started));
      if (ran.isPresent()) {
        return ran.get();
      }
      Optional<Instant> elsewhere = leases.runningElsewhere(name);
      if (elsewhere.isPresent()) {
        work.accept(elsewhere.get());
        return elsewhere.get();
      }
      // the other run ended between the two looks: take the lease again
    }
    throw new IllegalStateException("Job '" + name + "' neither free nor running elsewhere");
  }

  /** Whether the run of the shared job {@code name} that began at {@code started} is under way. */
  public boolean isRunning(String name, Instant started) {
    return leases != null && leases.isRunning(name, started);
  }

  private void requireLeases() {
    if (leases == null) {
      throw new IllegalStateException("No database for job leases");
    }
  }

  private static Instant run(Consumer<Instant> work, Instant started) {
    work.accept(started);
    return started;
  }

  /** A quarter of the period, between a second and {@link #LONGEST_LOOK}. */
  static Duration lookEvery(Duration period) {
    Duration quarter = period.dividedBy(4);
    if (quarter.compareTo(Duration.ofSeconds(1)) < 0) {
      return Duration.ofSeconds(1);
    }
    return quarter.compareTo(LONGEST_LOOK) > 0 ? LONGEST_LOOK : quarter;
  }

  /** {@code task} once, {@code delay} from now. */
  public ScheduledFuture<?> after(String name, Duration delay, Runnable task) {
    return timers.schedule(guarded(name, task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  static Runnable guarded(String name, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Job ''{0}'' failed: {1}", new Object[] {name, e.getClass().getName()});
        LOG.log(Level.FINE, "Job failed: " + name, e);
      }
    };
  }

  @PreDestroy
  void stop() {
    timers.shutdownNow();
    if (leases != null) {
      try {
        leases.releaseAll(); // the others need not wait for the leases to run out
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Job leases not given back: {0}", e.getClass().getName());
      }
    }
  }
}
