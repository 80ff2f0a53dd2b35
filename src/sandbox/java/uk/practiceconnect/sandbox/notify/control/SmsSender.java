package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;
import uk.practiceconnect.sandbox.notify.entity.SmsRequest;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;
import uk.practiceconnect.sandbox.notify.entity.TestNumbers;

/**
 * Accepts a text message as Notify does, in Notify's order: an injected fault first (a test asked
 * for it), then the rate limit, the template, the daily limit; then the message is stored, and
 * committed, before the caller hears 201.
 */
@ApplicationScoped
public class SmsSender {

  private static final Logger LOG = Logger.getLogger(SmsSender.class.getName());

  @Inject NotifyConfig config;
  @Inject Faults faults;
  @Inject RateLimiter rates;
  @Inject DailyLimit dailyLimit;
  @Inject Templates templates;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  public SmsNotification send(NotifyApiKey key, SmsRequest request) {
    faults
        .next()
        .ifPresent(
            fault -> {
              throw fault;
            });
    rates.take(key);
    SmsTemplate template =
        templates
            .find(request.templateId())
            .orElseThrow(() -> NotifyError.badRequest("Template not found"));
    String body = template.fill(request.personalisation());
    dailyLimit.reserve(key);
    // the database keeps microseconds: what is answered now is what is read back later
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    SmsNotification message =
        new SmsNotification(
            UUID.randomUUID(),
            key,
            request.phoneNumber(),
            request.mobile(),
            template,
            body,
            request.reference(),
            request.smsSenderId(),
            config.smsSender(),
            TestNumbers.fateOf(request.mobile(), key.type()),
            now);
    try {
      outbox.store(message);
    } catch (RuntimeException e) {
      dailyLimit.release(key);
      throw e;
    }
    LOG.fine(() -> "Accepted text message " + message.id() + " (" + key.type() + " key)");
    return message;
  }
}
