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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.platform.control.Jobs;

/**
 * Starts the sender threads, the lease recovery, the delivery-status polling and the reading of
 * replies when the application starts (unless {@code sms.sender.enabled=false}), on
 * container-managed threads so they can use transactions and CDI. Every instance sends, recovers
 * leases and polls delivery status, kept apart by the outbox's row claims, and says it is alive for
 * the rate split; replies are read on one instance at a time (each round reads Notify's whole list
 * of new replies, so two instances would read and handle the same ones; their keys are the guard if
 * that ever happens).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SmsJobs {

  private static final Logger LOG = Logger.getLogger(SmsJobs.class.getName());

  /** Gives the HTTP listener (and the Notify sandbox in the same WAR) time to come up. */
  static final long START_DELAY_MS = 3_000;

  @Resource ManagedThreadFactory threadFactory;
  @Inject Jobs jobs;
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
  private final List<ScheduledFuture<?>> schedule = new ArrayList<>();

  @PostConstruct
  void start() {
    if (!settings.senderEnabled()) {
      LOG.info("SMS sender is off (sms.sender.enabled=false): texts stay queued");
      return;
    }
    running = true;
    // before the first text: a second instance must not start at the full rate
    try {
      shareRate();
    } catch (RuntimeException e) { // the beat every few seconds tries again
      LOG.log(Level.WARNING, "SMS rate sharing failed: {0}", e.getClass().getName());
    }
    for (int i = 0; i < settings.threads(); i++) {
      Thread t = threadFactory.newThread(this::senderLoop);
      t.setName("sms-sender-" + i);
      t.setDaemon(true);
      senders.add(t);
      t.start();
    }
    Duration start = Duration.ofMillis(START_DELAY_MS);
    Duration recoverEvery = Duration.ofSeconds(Math.max(1, settings.lease().toSeconds() / 4));
    schedule.add(jobs.every("SMS lease recovery", start, recoverEvery, this::recoverLeases));
    schedule.add(
        jobs.every(
            "SMS delivery status",
            start,
            Duration.ofSeconds(1),
            () -> {
              if (notify.ready()) {
                poller.pollDue(200);
              }
            }));
    schedule.add(
        jobs.every(
            "SMS rate sharing", SenderInstances.BEAT, SenderInstances.BEAT, this::shareRate));
    if (!settings.repliesPoll().isZero()) {
      schedule.add(
          jobs.everyOnce(
              "SMS reply reading",
              start,
              settings.repliesPoll(),
              () -> {
                if (notify.ready()) {
                  replies.readNew();
                }
              }));
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
    schedule.forEach(s -> s.cancel(false));
  }
}
