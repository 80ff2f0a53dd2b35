package uk.practiceconnect.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the sender threads, the lease recovery, the delivery-status polling and the reading of
 * replies when the application starts (unless {@code sms.sender.enabled=false}), on
 * container-managed threads so they can use transactions and CDI. Every instance runs them; the
 * outbox's row claims and the replies' keys keep them apart.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SmsJobs {

  private static final Logger LOG = Logger.getLogger(SmsJobs.class.getName());

  /** Gives the HTTP listener (and the Notify sandbox in the same WAR) time to come up. */
  static final long START_DELAY_MS = 3_000;

  @Resource ManagedThreadFactory threadFactory;
  @Inject SmsSettings settings;
  @Inject SmsSender sender;
  @Inject OutboxClaims claims;
  @Inject DeliveryStatusPoller poller;
  @Inject Clock clock;
  @Inject NotifyGateway notify;
  @Inject ReplyReader replies;
  @Inject SenderInstances senderInstances;

  private volatile boolean running;
  private final List<Thread> senders = new ArrayList<>();
  private ScheduledExecutorService timers;

  @PostConstruct
  void start() {
    if (!settings.senderEnabled()) {
      LOG.info("SMS sender is off (sms.sender.enabled=false): texts stay queued");
      return;
    }
    running = true;
    // before the first text: a second instance must not start at the full rate
    guarded("rate sharing", this::shareRate).run();
    for (int i = 0; i < settings.threads(); i++) {
      Thread t = threadFactory.newThread(this::senderLoop);
      t.setName("sms-sender-" + i);
      t.setDaemon(true);
      senders.add(t);
      t.start();
    }
    timers = Executors.newScheduledThreadPool(1, threadFactory);
    long recoverEvery = Math.max(1, settings.lease().toSeconds() / 4);
    timers.scheduleWithFixedDelay(
        guarded("lease recovery", this::recoverLeases),
        START_DELAY_MS,
        recoverEvery * 1000,
        TimeUnit.MILLISECONDS);
    timers.scheduleWithFixedDelay(
        guarded(
            "delivery status",
            () -> {
              if (notify.ready()) {
                poller.pollDue(200);
              }
            }),
        START_DELAY_MS,
        1000,
        TimeUnit.MILLISECONDS);
    timers.scheduleWithFixedDelay(
        guarded("rate sharing", this::shareRate),
        SenderInstances.BEAT.toMillis(),
        SenderInstances.BEAT.toMillis(),
        TimeUnit.MILLISECONDS);
    long repliesEvery = settings.repliesPoll().toMillis();
    if (repliesEvery > 0) {
      timers.scheduleWithFixedDelay(
          guarded(
              "reply reading",
              () -> {
                if (notify.ready()) {
                  replies.readNew();
                }
              }),
          START_DELAY_MS,
          repliesEvery,
          TimeUnit.MILLISECONDS);
    }
  }

  private void senderLoop() {
    sleep(START_DELAY_MS);
    while (running && !notify.ready()) {
      sleep(1000); // the server is still starting: its real port is not known yet
    }
    while (running) {
      try {
        if (!sender.sendOne()) {
          sleep(settings.idlePoll().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the class only: a message could quote a row. The claim's lease makes it safe to go on.
        LOG.log(Level.WARNING, "SMS sender step failed: {0}", e.getClass().getName());
        LOG.log(Level.FINE, "SMS sender step failed", e);
        sleep(1000);
      }
    }
  }

  /** Tells the others this instance is sending, and takes its share of Notify's rate limit. */
  private void shareRate() {
    int instances = senderInstances.beat(clock.instant());
    sender
        .shareWith(instances)
        .ifPresent(
            share ->
                LOG.info(
                    () ->
                        instances
                            + " instance(s) sending: "
                            + share.perMinute()
                            + " texts a minute (burst "
                            + share.burst()
                            + ") from this one"));
  }

  private void recoverLeases() {
    int recovered = claims.recoverExpiredLeases(clock.instant());
    if (recovered > 0) {
      LOG.warning(
          () ->
              recovered
                  + " text(s) were left mid-send by a stopped sender: queued again, each to be"
                  + " looked up at Notify by reference before any resend");
    }
  }

  private Runnable guarded(String what, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "SMS {0} failed: {1}", new Object[] {what, e.getClass().getName()});
        LOG.log(Level.FINE, "SMS job failed", e);
      }
    };
  }

  private void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @PreDestroy
  void stop() {
    if (running) {
      try {
        senderInstances.leave();
      } catch (RuntimeException e) {
        LOG.fine("Could not sign off as a sender: " + e.getClass().getName());
      }
    }
    running = false;
    senders.forEach(Thread::interrupt);
    if (timers != null) {
      timers.shutdownNow();
    }
  }
}
