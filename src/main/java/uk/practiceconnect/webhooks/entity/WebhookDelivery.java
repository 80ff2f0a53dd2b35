package uk.practiceconnect.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One event on its way to one endpoint. Its state changes only through the sender's conditional
 * updates ({@code DeliveryClaims}), except a resend, which queues it again.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  private WebhookEvent event;

  @Column(name = "endpoint_id", nullable = false)
  private Long endpointId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DeliveryState state;

  @Column(nullable = false)
  private int tries;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "next_try_at", nullable = false)
  private Instant nextTryAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_try_at")
  private Instant lastTryAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 200)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(WebhookEvent event, Long endpointId, Instant now) {
    this.event = event;
    this.endpointId = endpointId;
    this.state = DeliveryState.PENDING;
    this.queuedAt = now;
    this.nextTryAt = now;
  }

  /** Queued again at once, with a fresh 24 hours of retries; false while it is still on its way. */
  public boolean resend(Instant now) {
    if (state == DeliveryState.PENDING || state == DeliveryState.SENDING) {
      return false;
    }
    state = DeliveryState.PENDING;
    queuedAt = now;
    nextTryAt = now;
    lastError = null;
    return true;
  }

  public Long id() {
    return id;
  }

  public WebhookEvent event() {
    return event;
  }

  public Long endpointId() {
    return endpointId;
  }

  public DeliveryState state() {
    return state;
  }

  public int tries() {
    return tries;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant nextTryAt() {
    return nextTryAt;
  }

  public Optional<Instant> lastTryAt() {
    return Optional.ofNullable(lastTryAt);
  }

  public Optional<Integer> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
