package uk.practiceconnect.sandbox.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;

/**
 * The Notify sandbox's settings ({@code sandbox.notify.*} in MicroProfile Config; defaults in
 * {@code microprofile-config.properties}). Read once, when the sandbox is first used.
 */
@ApplicationScoped
public class NotifyConfig {

  @Inject
  @ConfigProperty(name = "sandbox.notify.api-keys")
  String apiKeys;

  @Inject
  @ConfigProperty(name = "sandbox.notify.template-id")
  String templateId;

  @Inject
  @ConfigProperty(name = "sandbox.notify.template-body", defaultValue = "((body))")
  String templateBody;

  @Inject
  @ConfigProperty(name = "sandbox.notify.sms-sender", defaultValue = "GOVUK")
  String smsSender;

  @Inject
  @ConfigProperty(name = "sandbox.notify.sending-after-ms", defaultValue = "1000")
  long sendingAfterMs;

  @Inject
  @ConfigProperty(name = "sandbox.notify.final-after-ms", defaultValue = "3000")
  long finalAfterMs;

  @Inject
  @ConfigProperty(name = "sandbox.notify.rate-limit-per-minute", defaultValue = "3000")
  int ratePerMinute;

  @Inject
  @ConfigProperty(name = "sandbox.notify.rate-limit-burst", defaultValue = "1000")
  int burst;

  @Inject
  @ConfigProperty(name = "sandbox.notify.daily-limit", defaultValue = "250000")
  long dailyLimit;

  @Inject
  @ConfigProperty(name = "sandbox.notify.callback-url")
  Optional<String> callbackUrl;

  @Inject
  @ConfigProperty(name = "sandbox.notify.callback-token")
  Optional<String> callbackToken;

  /**
   * The keys the sandbox accepts; a malformed entry stops the sandbox rather than being skipped.
   */
  public List<NotifyApiKey> apiKeys() {
    return Arrays.stream(apiKeys.split(","))
        .map(String::strip)
        .filter(k -> !k.isEmpty())
        .map(
            k -> {
              try {
                return NotifyApiKey.parse(k);
              } catch (IllegalArgumentException e) {
                // the message never holds the key itself
                throw new IllegalStateException("sandbox.notify.api-keys: " + e.getMessage(), e);
              }
            })
        .toList();
  }

  /**
   * The templates the sandbox knows (one per service it stands in for: the platform's and a
   * practice's own), all with the same body, by default {@code ((body))}, filled by the caller.
   */
  public List<SmsTemplate> templates() {
    return Arrays.stream(templateId.split(","))
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .map(
            id -> {
              if (!NotifyApiKey.isUuid(id)) {
                throw new IllegalStateException("sandbox.notify.template-id must list UUIDs");
              }
              return new SmsTemplate(
                  UUID.fromString(id), 1, "Practice Connect text message", templateBody);
            })
        .toList();
  }

  public String smsSender() {
    return smsSender;
  }

  public DeliveryTimeline timeline() {
    return new DeliveryTimeline(Duration.ofMillis(sendingAfterMs), Duration.ofMillis(finalAfterMs));
  }

  public RateSettings rateSettings() {
    return new RateSettings(ratePerMinute, burst, dailyLimit);
  }

  public Optional<String> callbackUrl() {
    return callbackUrl.map(String::strip).filter(u -> !u.isEmpty());
  }

  public Optional<String> callbackToken() {
    return callbackToken.map(String::strip).filter(t -> !t.isEmpty());
  }
}
