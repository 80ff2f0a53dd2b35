package uk.practiceconnect.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened at a practice, recorded in the transaction of the change itself. Its
 * message id is the {@code webhook-id} of every delivery of it (the receiver's idempotency key);
 * its body is fixed when recorded.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false, length = 40)
  private String messageId;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private EventType type;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 4000)
  private String body;

  protected WebhookEvent() {}

  public WebhookEvent(Long practiceId, EventType type, Instant occurredAt, String body) {
    this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    this.practiceId = practiceId;
    this.type = type;
    this.occurredAt = occurredAt;
    this.body = body;
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public Long practiceId() {
    return practiceId;
  }

  public EventType type() {
    return type;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String body() {
    return body;
  }
}
