package uk.practiceconnect.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code webhooks.*} settings (defaults in microprofile-config.properties). */
@ApplicationScoped
public class WebhookSettings {

  @Inject
  @ConfigProperty(name = "webhooks.allow-http-loopback", defaultValue = "false")
  boolean allowHttpLoopback;

  @Inject
  @ConfigProperty(name = "webhooks.sender.enabled", defaultValue = "true")
  boolean senderEnabled;

  @Inject
  @ConfigProperty(name = "webhooks.sender.threads", defaultValue = "4")
  int threads;

  @Inject
  @ConfigProperty(name = "webhooks.poll-millis", defaultValue = "500")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "webhooks.connect-timeout-millis", defaultValue = "2000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "webhooks.read-timeout-millis", defaultValue = "5000")
  long readTimeoutMillis;

  @Inject
  @ConfigProperty(name = "webhooks.old-secret-hours", defaultValue = "24")
  long oldSecretHours;

  public boolean allowHttpLoopback() {
    return allowHttpLoopback;
  }

  public boolean senderEnabled() {
    return senderEnabled;
  }

  public int threads() {
    return Math.max(1, threads);
  }

  public Duration poll() {
    return Duration.ofMillis(Math.max(50, pollMillis));
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(Math.max(100, connectTimeoutMillis));
  }

  public Duration readTimeout() {
    return Duration.ofMillis(Math.max(100, readTimeoutMillis));
  }

  /** How long a claimed delivery is held: longer than any one try can take. */
  public Duration lease() {
    return connectTimeout().plus(readTimeout()).plusSeconds(30);
  }

  public Duration oldSecretSigns() {
    return Duration.ofHours(Math.max(0, oldSecretHours));
  }
}
