package uk.practiceconnect.sms.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sender's configuration (section "Reminders and SMS" of microprofile-config.properties and the
 * README). The lease must outlast every Notify call a sender makes while holding it, or a slow
 * sender and a recovering one could both send: that is checked here, once, at start.
 */
@ApplicationScoped
public class SmsSettings {

  private static final Logger LOG = Logger.getLogger(SmsSettings.class.getName());

  @Inject
  @ConfigProperty(name = "sms.notify.base-url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "sms.notify.api-key")
  String apiKey;

  @Inject
  @ConfigProperty(name = "sms.notify.template-id")
  String templateId;

  @Inject
  @ConfigProperty(name = "sms.notify.connect-timeout-ms", defaultValue = "5000")
  int connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "sms.notify.read-timeout-ms", defaultValue = "15000")
  int readTimeoutMs;

  @Inject
  @ConfigProperty(name = "sms.sender.enabled", defaultValue = "true")
  boolean senderEnabled;

  @Inject
  @ConfigProperty(name = "sms.rate-per-minute", defaultValue = "3000")
  int ratePerMinute;

  @Inject
  @ConfigProperty(name = "sms.rate-burst", defaultValue = "50")
  int burst;

  @Inject
  @ConfigProperty(name = "sms.sender.threads", defaultValue = "4")
  int threads;

  @Inject
  @ConfigProperty(name = "sms.sender.idle-poll-ms", defaultValue = "500")
  long idlePollMs;

  @Inject
  @ConfigProperty(name = "sms.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "sms.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "sms.status-polls-per-minute", defaultValue = "600")
  int statusPollsPerMinute;

  @Inject
  @ConfigProperty(name = "sms.replies.poll-seconds", defaultValue = "60")
  long repliesPollSeconds;

  @PostConstruct
  void check() {
    Duration calls = notifyCallBudget();
    if (lease().compareTo(calls.plusSeconds(10)) < 0) {
      throw new IllegalStateException(
          "sms.lease-seconds ("
              + leaseSeconds
              + ") must be at least 10 s more than two Notify calls can take ("
              + calls.toSeconds()
              + " s from sms.notify.connect-timeout-ms and read-timeout-ms)");
    }
    LOG.info(
        () ->
            "SMS sender: Notify at "
                + baseUrl
                + ", "
                + ratePerMinute
                + " texts a minute per Notify service, "
                + threads
                + " threads, lease "
                + leaseSeconds
                + " s"
                + (senderEnabled ? "" : " (sender off)"));
  }

  /** The longest a sender may spend in Notify calls (a look-up, then a send) under one lease. */
  public Duration notifyCallBudget() {
    return Duration.ofMillis(2L * (connectTimeoutMs + readTimeoutMs));
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String apiKey() {
    return apiKey;
  }

  public String templateId() {
    return templateId;
  }

  public int connectTimeoutMs() {
    return connectTimeoutMs;
  }

  public int readTimeoutMs() {
    return readTimeoutMs;
  }

  public boolean senderEnabled() {
    return senderEnabled;
  }

  public int ratePerMinute() {
    return ratePerMinute;
  }

  public int burst() {
    return burst;
  }

  public int threads() {
    return threads;
  }

  public Duration idlePoll() {
    return Duration.ofMillis(idlePollMs);
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public int statusPollsPerMinute() {
    return statusPollsPerMinute;
  }

  /** How often replies are read from Notify; zero when they are not read at all. */
  public Duration repliesPoll() {
    return Duration.ofSeconds(Math.max(0, repliesPollSeconds));
  }
}
