package uk.practiceconnect.emis.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two fixed-size pools of container-managed threads. {@code calls} runs partner calls in parallel
 * (the connection test's probes, the parts of a long GP Connect slot search); {@code checks} runs
 * whole connection tests of the status check, {@code emis.status-check.concurrency} at a time. They
 * are separate because a check waits for its calls: one shared pool could fill with waiting checks
 * and leave no thread for the calls. The sizes are ours, not the default managed executor's, whose
 * size depends on the server.
 */
@ApplicationScoped
public class PartnerWorkers {

  @Resource ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "emis.partner.max-parallel-calls", defaultValue = "64")
  int parallelCalls;

  @Inject
  @ConfigProperty(name = "emis.status-check.concurrency", defaultValue = "32")
  int parallelChecks;

  private ThreadPoolExecutor calls;
  private ThreadPoolExecutor checks;

  public synchronized ExecutorService calls() {
    if (calls == null) {
      calls = pool(parallelCalls);
    }
    return calls;
  }

  public synchronized ExecutorService checks() {
    if (checks == null) {
      checks = pool(parallelChecks);
    }
    return checks;
  }

  public int checkConcurrency() {
    return Math.max(1, parallelChecks);
  }

  private ThreadPoolExecutor pool(int size) {
    int n = Math.max(1, size);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    pool.allowCoreThreadTimeOut(true); // idle between status checks: no threads kept
    return pool;
  }

  @PreDestroy
  synchronized void stop() {
    if (calls != null) {
      calls.shutdownNow();
    }
    if (checks != null) {
      checks.shutdownNow();
    }
  }
}
