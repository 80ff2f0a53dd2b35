package uk.practiceconnect.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsMessage;

/**
 * Reads delivery status back from Notify by polling each accepted text ({@code GET
 * /v2/notifications/{id}}) on {@link StatusSchedule}'s timetable, from the Notify service that
 * accepted it. Polls have a rate of their own ({@code sms.status-polls-per-minute}), so reading
 * status never slows sending.
 */
@ApplicationScoped
public class DeliveryStatusPoller {

  /** How long a claimed check is hidden from other pollers while this one runs it. */
  static final Duration CHECK_LEASE = Duration.ofSeconds(60);

  @Inject SmsSettings settings;
  @Inject OutboxClaims claims;
  @Inject NotifyGateway notify;
  @Inject NotifyServices services;
  @Inject Clock clock;

  private TokenBucket polls;

  @PostConstruct
  void init() {
    int perMinute = Math.max(1, settings.statusPollsPerMinute());
    polls = TokenBucket.system(perMinute, Math.max(1, perMinute / 10));
  }

  /** One round: the checks that are due and fit the poll rate; returns how many were made. */
  public int pollDue(int max) {
    int allowed = 0;
    while (allowed < max && polls.tryTake()) {
      allowed++;
    }
    if (allowed == 0) {
      return 0;
    }
    List<SmsMessage> due = claims.claimStatusChecks(clock.instant(), allowed, CHECK_LEASE);
    for (int i = due.size(); i < allowed; i++) {
      polls.giveBack();
    }
    for (SmsMessage m : due) {
      check(m);
    }
    return due.size();
  }

  private void check(SmsMessage m) {
    // asked of the service that accepted it; when no practice uses that service any more, its key
    // went with it and nobody can ask: as for a text Notify no longer has
    NotifyAnswer answer =
        services
            .byServiceId(m.notifyServiceId().orElse(null))
            .map(service -> notify.status(m.notifyId().orElseThrow(), service))
            .orElseGet(NotifyAnswer::notFound);
    Instant now = clock.instant();
    Instant sentAt = m.sentAt().orElse(now);
    switch (answer.kind()) {
      case ACCEPTED ->
          claims.recordStatus(
              m.id(), answer.status(), StatusSchedule.next(sentAt, m.statusChecks() + 1, now), now);
      // Notify no longer has it (past its 7 days): keep the last status we read, stop asking
      case NOT_FOUND ->
          claims.recordStatus(
              m.id(), m.deliveryStatus().orElse(DeliveryStatus.CREATED), Optional.empty(), now);
      // not answered: the claim already moved the next check out by CHECK_LEASE
      default -> {}
    }
  }
}
