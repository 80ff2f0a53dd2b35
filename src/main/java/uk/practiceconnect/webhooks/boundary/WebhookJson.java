package uk.practiceconnect.webhooks.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.practiceconnect.webhooks.control.WebhookEndpoints;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;

/** The webhook endpoints API's bodies. */
final class WebhookJson {

  private WebhookJson() {}

  @Schema(name = "WebhookEndpointIn")
  public record EndpointIn(
      @Schema(
              description = "HTTPS address that receives the events",
              example = "https://epr.example-trust.nhs.uk/hooks/practice-connect")
          String url,
      @Schema(
              description = "Event types to receive",
              example = "[\"booking.confirmed\", \"booking.cancelled\"]")
          List<String> events) {}

  @JsonbNillable
  @Schema(name = "WebhookEndpoint")
  public record EndpointOut(
      String id,
      String url,
      List<String> events,
      @Schema(description = "false once switched off after failing for 24 hours") boolean enabled,
      String disabledReason,
      Instant failingSince,
      @Schema(description = "Until when the secret before the last rotation also signs")
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

  @Schema(name = "WebhookEndpointWithSecret")
  public record EndpointWithSecret(
      String id,
      String url,
      List<String> events,
      @Schema(
              description =
                  "Signing secret (Standard Webhooks, whsec_ and base64): shown in this answer"
                      + " only",
              example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
          String secret) {

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
  @Schema(name = "WebhookDelivery")
  public record DeliveryOut(
      long id,
      @Schema(description = "The webhook-id header: the same for every try and every endpoint")
          String messageId,
      String type,
      Instant occurredAt,
      @Schema(
              description = "PENDING, SENDING, DELIVERED or FAILED",
              enumeration = {"PENDING", "SENDING", "DELIVERED", "FAILED"})
          String status,
      int tries,
      Instant lastTryAt,
      @Schema(description = "HTTP status the endpoint last answered with; null if no answer")
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
