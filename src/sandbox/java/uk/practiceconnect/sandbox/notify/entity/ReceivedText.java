package uk.practiceconnect.sandbox.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A text a phone sent to the service's inbound number: what Notify lists under {@code GET
 * /v2/received-text-messages}. The sandbox's admin face stands in for the phone.
 */
@Entity
@Table(name = "sbx_notify_received")
public class ReceivedText {

  @Id private UUID id;

  @Column(name = "service_id", nullable = false)
  private UUID serviceId;

  /** Notify's normalised form, {@code 447…}. */
  @Column(name = "user_number", nullable = false, length = 20)
  private String userNumber;

  @Column(name = "notify_number", nullable = false, length = 20)
  private String notifyNumber;

  @Column(nullable = false, length = 2000)
  private String content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReceivedText() {}

  public ReceivedText(
      UUID serviceId, UkMobile from, String notifyNumber, String content, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.serviceId = serviceId;
    this.userNumber = from.normalised();
    this.notifyNumber = notifyNumber;
    this.content = content;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public UUID serviceId() {
    return serviceId;
  }

  public String userNumber() {
    return userNumber;
  }

  public String notifyNumber() {
    return notifyNumber;
  }

  public String content() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
