package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.entity.ThrottlePolicy;

/** The self-booking keys of microprofile-config.properties (section "Self-booking"). */
@ApplicationScoped
public class BookingConfig {

  @Inject
  @ConfigProperty(name = "app.public-base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "booking.invitation-days", defaultValue = "7")
  int invitationDays;

  @Inject
  @ConfigProperty(name = "booking.slot-cache-seconds", defaultValue = "20")
  int slotCacheSeconds;

  @Inject
  @ConfigProperty(name = "booking.pending-timeout-seconds", defaultValue = "60")
  int pendingTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "booking.identity.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "booking.identity.max-failures-per-address", defaultValue = "20")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "booking.identity.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "booking.reconcile.enabled", defaultValue = "true")
  boolean reconcileEnabled;

  @Inject
  @ConfigProperty(name = "booking.reconcile.interval-seconds", defaultValue = "300")
  long reconcileIntervalSeconds;

  @Inject
  @ConfigProperty(name = "booking.reconcile.initial-delay-seconds", defaultValue = "60")
  long reconcileInitialDelaySeconds;

  @Inject
  @ConfigProperty(name = "booking.reconcile.concurrency", defaultValue = "4")
  int reconcileConcurrency;

  /** Where links in texts point, without a trailing slash. */
  public String publicBaseUrl() {
    return publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  public Duration invitationLifetime() {
    return Duration.ofDays(invitationDays);
  }

  public Duration slotCacheTtl() {
    return Duration.ofSeconds(slotCacheSeconds);
  }

  /** How long a PENDING booking may wait for EMIS before it is checked against EMIS. */
  public Duration pendingTimeout() {
    return Duration.ofSeconds(pendingTimeoutSeconds);
  }

  /** Whether bookings are checked against EMIS on a schedule (the REST trigger always works). */
  public boolean reconcileEnabled() {
    return reconcileEnabled;
  }

  public Duration reconcileInterval() {
    return Duration.ofSeconds(Math.max(5, reconcileIntervalSeconds));
  }

  public Duration reconcileInitialDelay() {
    return Duration.ofSeconds(Math.max(0, reconcileInitialDelaySeconds));
  }

  /** How many practices' appointment books are read at once. */
  public int reconcileConcurrency() {
    return Math.max(1, reconcileConcurrency);
  }

  public ThrottlePolicy perNhsNumber() {
    return new ThrottlePolicy(maxFailures, Duration.ofMinutes(windowMinutes));
  }

  public ThrottlePolicy perAddress() {
    return new ThrottlePolicy(maxFailuresPerAddress, Duration.ofMinutes(windowMinutes));
  }
}
