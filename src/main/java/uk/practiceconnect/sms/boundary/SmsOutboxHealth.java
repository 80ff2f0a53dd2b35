package uk.practiceconnect.sms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.practiceconnect.sms.control.OutboxClaims;
import uk.practiceconnect.sms.control.SmsSender;
import uk.practiceconnect.sms.entity.SmsState;

/**
 * The outbox on {@code /health/ready}: rows per state and what this instance's sender did. It stays
 * UP while Notify refuses our key (pages and booking still work; taking the instance out of a load
 * balancer would not help) but says so, for monitoring to alert on.
 */
@Readiness
@ApplicationScoped
public class SmsOutboxHealth implements HealthCheck {

  @Inject OutboxClaims claims;
  @Inject SmsSender sender;
  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    var counts = claims.countByState();
    boolean keyRefused =
        sender
            .lastUnauthorised()
            .map(t -> Duration.between(t, clock.instant()).toMinutes() < 10)
            .orElse(false);
    return HealthCheckResponse.named("sms-outbox")
        .up()
        .withData("queued", counts.get(SmsState.QUEUED))
        .withData("sending", counts.get(SmsState.SENDING))
        .withData("sent", counts.get(SmsState.SENT))
        .withData("failed", counts.get(SmsState.FAILED))
        .withData("expired", counts.get(SmsState.EXPIRED))
        .withData("withdrawn", counts.get(SmsState.WITHDRAWN))
        .withData("sentByThisInstance", sender.sentCount())
        .withData("throttledByNotify", sender.throttledCount())
        .withData("notifyRefusedKeyInLast10Minutes", keyRefused)
        .build();
  }
}
