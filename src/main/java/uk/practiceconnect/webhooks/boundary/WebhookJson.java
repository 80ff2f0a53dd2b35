package uk.practiceconnect.webhooks.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.webhooks.control.WebhookEndpoints;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;

/** The webhook endpoints API's bodies. */
final class WebhookJson {

  private WebhookJson() {}

  public record EndpointIn(String url, List<String> events) {}

  @JsonbNillable
  public record EndpointOut(
      String id,
      String url,
      List<String> events,
      boolean enabled,
      String disabledReason,
      Instant failingSince,
      Instant previousSecretSignsUntil,
      Instant createdAt,
      String createdBy) {

    static EndpointOut of(WebhookEndpoint e) {
      return new EndpointOut(
          e.publicId(),
          e.url(),
          e.eventTypes().stream().map(EventType::wire).toList(),
          e.enabled(),
          e.disabledReason().orElse(null),
          e.failingSince().orElse(null),
          e.oldSecretUntil().orElse(null),
          e.createdAt(),
          e.createdBy());
    }
  }

  public record EndpointWithSecret(String id, String url, List<String> events, String secret) {

    static EndpointWithSecret of(WebhookEndpoints.WithSecret w) {
      WebhookEndpoint e = w.endpoint();
      return new EndpointWithSecret(
          e.publicId(),
          e.url(),
          e.eventTypes().stream().map(EventType::wire).toList(),
          w.secret().value());
    }
  }

  @JsonbNillable
  public record DeliveryOut(
      long id,
      String messageId,
      String type,
      Instant occurredAt,
      String status,
      int tries,
      Instant lastTryAt,
      Integer lastAnswerStatus,
      String lastError,
      Instant nextTryAt,
      Instant deliveredAt) {

    static DeliveryOut of(WebhookDelivery d) {
      boolean waiting = !WebhookEndpoints.finished(d);
      return new DeliveryOut(
          d.id(),
          d.event().messageId(),
          d.event().type().wire(),
          d.event().occurredAt(),
          d.state().name(),
          d.tries(),
          d.lastTryAt().orElse(null),
          d.lastStatus().orElse(null),
          d.lastError().orElse(null),
          waiting ? d.nextTryAt() : null,
          d.deliveredAt().orElse(null));
    }
  }
}
