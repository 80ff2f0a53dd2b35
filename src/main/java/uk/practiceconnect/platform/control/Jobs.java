package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one scheduler: jobs that repeat and tasks that run once after a delay, on
 * container-managed threads (so they may use transactions, CDI and the database), each run guarded:
 * a failure is logged with its class only (a message can quote personal data) and never stops the
 * schedule. Every feature's background work goes through here.
 */
@ApplicationScoped
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "jobs.threads", defaultValue = "8")
  int size;

  private ScheduledExecutorService timers;

  @PostConstruct
  void start() {
    timers = Executors.newScheduledThreadPool(Math.max(1, size), threads);
  }

  /**
   * {@code job} every {@code period} after the end of its last run, the first after {@code first}.
   */
  public ScheduledFuture<?> every(String name, Duration first, Duration period, Runnable job) {
    return timers.scheduleWithFixedDelay(
        guarded(name, job),
        first.toMillis(),
        Math.max(1, period.toMillis()),
        TimeUnit.MILLISECONDS);
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
  }
}
