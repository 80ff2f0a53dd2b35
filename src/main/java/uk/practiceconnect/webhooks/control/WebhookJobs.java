package uk.practiceconnect.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.platform.control.Jobs;
import uk.practiceconnect.webhooks.control.DeliveryClaims.Claimed;

/**
 * Starts the webhook sender when the application starts (unless {@code
 * webhooks.sender.enabled=false}): every {@code webhooks.poll-millis} it claims due deliveries and
 * posts them on a few threads of its own ({@code webhooks.sender.threads}), never on a request's
 * thread, so a slow receiver holds one sender thread and slows nothing else. Every instance runs
 * it; the claims' row locks keep them apart. Leases of a stopped sender are given back every 15
 * seconds.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class WebhookJobs {

  private static final Logger LOG = Logger.getLogger(WebhookJobs.class.getName());

  @Resource ManagedThreadFactory threadFactory;
  @Inject Jobs jobs;
  @Inject WebhookSettings settings;
  @Inject DeliveryClaims claims;
  @Inject WebhookSender sender;
  @Inject Clock clock;

  private ExecutorService senders;
  private Semaphore free;
  private volatile boolean running;
  private final List<ScheduledFuture<?>> schedule = new ArrayList<>();

  @PostConstruct
  void start() {
    if (!settings.senderEnabled()) {
      LOG.info("Webhook sender is off (webhooks.sender.enabled=false): events stay queued");
      return;
    }
    senders = Executors.newFixedThreadPool(settings.threads(), threadFactory);
    free = new Semaphore(settings.threads());
    running = true;
    Duration start = Duration.ofSeconds(3);
    schedule.add(jobs.every("webhook delivery", start, settings.poll(), this::deliverDue));
    schedule.add(
        jobs.every(
            "webhook lease recovery",
            start,
            Duration.ofSeconds(15),
            () -> claims.recoverExpiredLeases(clock.instant())));
  }

  /**
   * Hands due deliveries to free sender threads, one each; each thread then keeps claiming the next
   * due delivery itself until none is left, so an endpoint's next event goes as soon as the one
   * before it was answered, not at the next poll.
   */
  public void deliverDue() {
    while (running && free.tryAcquire()) {
      Optional<Claimed> first = claimOne();
      if (first.isEmpty()) {
        free.release();
        return;
      }
      try {
        senders.execute(() -> drain(first.get()));
      } catch (RuntimeException e) { // stopping: the lease brings the delivery back
        free.release();
        return;
      }
    }
  }

  private void drain(Claimed first) {
    try {
      Optional<Claimed> next = Optional.of(first);
      while (next.isPresent() && running) {
        next = sender.send(next.get());
        if (next.isEmpty()) {
          next = claimOne();
        }
      }
    } catch (RuntimeException e) {
      // the class only (a message could quote an address); the lease brings the delivery back
      LOG.log(Level.WARNING, "Webhook sender step failed: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "Webhook sender step failed", e);
    } finally {
      free.release();
    }
  }

  private Optional<Claimed> claimOne() {
    return claims.claim(clock.instant(), 1, settings.lease()).stream().findFirst();
  }

  @PreDestroy
  void stop() {
    running = false;
    schedule.forEach(s -> s.cancel(false));
    if (senders != null) {
      senders.shutdownNow();
    }
  }
}
