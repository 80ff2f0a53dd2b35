package uk.practiceconnect.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import uk.practiceconnect.sms.control.SendDecisions.Expire;
import uk.practiceconnect.sms.control.SendDecisions.Fail;
import uk.practiceconnect.sms.control.SendDecisions.LookUp;
import uk.practiceconnect.sms.control.SendDecisions.MarkSent;
import uk.practiceconnect.sms.control.SendDecisions.Requeue;
import uk.practiceconnect.sms.control.SendDecisions.Send;
import uk.practiceconnect.sms.control.SendDecisions.Step;
import uk.practiceconnect.sms.control.SendDecisions.Withdraw;
import uk.practiceconnect.sms.entity.NotifyService;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * Sends queued texts: claim one text under a lease, take a token from the rate limiter of the
 * Notify service it goes through (the platform's or its practice's own: each service has its own
 * limit, split across the instances), ask Notify for its reference if an earlier attempt may have
 * got through, send, record. Any number of threads (and instances) run {@link #sendOne()} side by
 * side; the database decides who sends what.
 */
@ApplicationScoped
public class SmsSender {

  private static final Logger LOG = Logger.getLogger(SmsSender.class.getName());

  @Inject SmsSettings settings;
  @Inject OutboxClaims claims;
  @Inject NotifyGateway notify;
  @Inject NotifyServices services;
  @Inject Clock clock;

  private RateShares rates;
  private SendDecisions decisions;
  private String owner;
  private final AtomicInteger throttlesInARow = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong throttled = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile Instant lastUnauthorised;

  @PostConstruct
  void init() {
    rates = new RateShares(settings.ratePerMinute(), settings.burst(), System::nanoTime);
    decisions = new SendDecisions(settings.maxAttempts());
    // who holds a lease: this JVM (pid@host) plus a random part, unique across restarts
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    owner =
        (jvm.length() > 40 ? jvm.substring(0, 40) : jvm)
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Takes this instance's part of each Notify service's rate limit when {@code instances} send side
   * by side; returns the share when it changed.
   */
  public Optional<SenderInstances.Share> shareWith(int instances) {
    return rates.shareWith(instances);
  }

  /** One step of a sender thread; false when nothing was due (the thread may then rest). */
  public boolean sendOne() throws InterruptedException {
    Optional<SmsMessage> claimed = claims.claimNext(owner, clock.instant(), settings.lease());
    if (claimed.isEmpty()) {
      return false;
    }
    SmsMessage m = claimed.get();
    NotifyService service = services.forPractice(m.practiceId());
    TokenBucket bucket = rates.bucket(service.serviceId());
    if (!bucket.take(TOKEN_WAIT, TimeUnit.NANOSECONDS::sleep)) {
      // its service is paused or out of tokens: back in the queue, not counted as an attempt, and
      // not due before a token may be there, so texts of other services go meanwhile
      Duration wait = Duration.ofNanos(Math.max(bucket.nanosUntilAvailable(), 100_000_000L));
      claims.requeue(
          m.id(),
          owner,
          new Requeue(
              clock.instant().plus(wait),
              m.maybeSent(),
              false,
              Duration.ZERO,
              "Waiting for its Notify service's rate limit"));
      return true;
    }
    process(m, service, bucket);
    return true;
  }

  /** How long a claimed text waits for its service's token before it goes back in the queue. */
  static final Duration TOKEN_WAIT = Duration.ofSeconds(1);

  private void process(SmsMessage m, NotifyService service, TokenBucket bucket) {
    Instant leaseUntil = clock.instant().plus(settings.lease());
    Step step =
        decisions.onClaim(
            m.maybeSent(), m.sendBy(), m.attempts(), clock.instant(), m.withdrawReason());
    if (step instanceof LookUp) {
      step =
          decisions.afterLookUp(
              notify.findByReference(m.reference(), service),
              m.sendBy(),
              m.attempts(),
              clock.instant(),
              m.withdrawReason());
    }
    if (step instanceof Send) {
      // never start a send that could still be running when the lease runs out
      if (clock.instant().plus(settings.notifyCallBudget().dividedBy(2)).isAfter(leaseUntil)) {
        step = new Requeue(clock.instant(), false, false, Duration.ZERO, "lease too short to send");
      } else {
        NotifyAnswer answer = notify.send(m, service);
        int inARow =
            answer.kind() == NotifyAnswer.Kind.THROTTLED
                ? throttlesInARow.incrementAndGet()
                : resetThrottles();
        step = decisions.afterSend(answer, m.attempts(), inARow, clock.instant());
        if (answer.kind() == NotifyAnswer.Kind.UNAUTHORISED) {
          refused(service, answer, m.practiceId());
        }
      }
    }
    record(m, step, service, bucket);
  }

  /**
   * Notify refused a key. The platform's is an operations matter (SEVERE, and on the health check);
   * a practice's own is the practice's to fix on its Feature settings page, so it only warns.
   */
  private void refused(NotifyService service, NotifyAnswer answer, Long practiceId) {
    if (service.platform()) {
      lastUnauthorised = clock.instant();
      LOG.severe(
          "Notify refused our API key ("
              + answer.detail()
              + "): texts are held; check sms.notify.api-key and the clock");
    } else {
      LOG.warning(
          "Notify refused the API key of practice "
              + practiceId
              + "'s own "
              + service
              + " ("
              + answer.detail()
              + "): its texts are held until the practice fixes it on Feature settings");
    }
  }

  private int resetThrottles() {
    throttlesInARow.set(0);
    return 0;
  }

  private void record(SmsMessage m, Step step, NotifyService service, TokenBucket bucket) {
    Instant now = clock.instant();
    boolean recorded;
    if (step instanceof MarkSent s) {
      recorded = claims.markSent(m.id(), owner, service.serviceId(), s.notifyId(), s.status(), now);
      sent.incrementAndGet();
    } else if (step instanceof Requeue r) {
      if (!r.pauseSender().isZero()) {
        bucket.pause(r.pauseSender());
        throttled.incrementAndGet();
      }
      recorded = claims.requeue(m.id(), owner, r);
    } else if (step instanceof Fail f) {
      recorded = claims.finish(m.id(), owner, SmsState.FAILED, f.detail(), now);
      failed.incrementAndGet();
    } else if (step instanceof Expire) {
      recorded =
          claims.finish(m.id(), owner, SmsState.EXPIRED, "Too late: its send-by time passed", now);
    } else if (step instanceof Withdraw w) {
      recorded = claims.finish(m.id(), owner, SmsState.WITHDRAWN, w.reason(), now);
    } else {
      throw new IllegalStateException("No step to record for " + step);
    }
    if (!recorded) {
      // our lease was taken over (we stalled past it): the new owner looks the reference up
      LOG.warning(
          () ->
              "Lost the lease on text "
                  + m.id()
                  + " before recording "
                  + step.getClass().getSimpleName());
    }
  }

  public String owner() {
    return owner;
  }

  public long sentCount() {
    return sent.get();
  }

  public long throttledCount() {
    return throttled.get();
  }

  public long failedCount() {
    return failed.get();
  }

  public Optional<Instant> lastUnauthorised() {
    return Optional.ofNullable(lastUnauthorised);
  }
}
