package uk.practiceconnect.sandbox.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A text message the Notify sandbox accepted. Written before the sandbox answers 201, so that
 * whatever the sandbox acknowledged is still here after a crash. Its fate (the status it ends in)
 * is decided on acceptance; its status at any moment comes from the {@link DeliveryTimeline},
 * unless a test forced one through the admin face.
 */
@Entity
@Table(name = "sbx_notify_message")
public class SmsNotification {

  @Id private UUID id;

  @Column(name = "service_id", nullable = false)
  private UUID serviceId;

  @Column(name = "key_name", nullable = false)
  private String keyName;

  @Enumerated(EnumType.STRING)
  @Column(name = "key_type", nullable = false, length = 10)
  private KeyType keyType;

  /** As the caller wrote it: Notify answers with the number it was given. */
  @Column(name = "phone_number", nullable = false, length = 40)
  private String phoneNumber;

  @Column(name = "normalised_phone", nullable = false, length = 20)
  private String normalisedPhone;

  @Column(name = "template_id", nullable = false)
  private UUID templateId;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(length = 1000)
  private String reference;

  @Column(name = "sms_sender_id")
  private UUID smsSenderId;

  @Column(name = "from_number", nullable = false, length = 20)
  private String fromNumber;

  /** The wire name of the status the message ends in; compared in queries, hence a string. */
  @Column(nullable = false, length = 20)
  private String fate;

  @Column(name = "forced_status", length = 20)
  private String forcedStatus;

  @Column(name = "forced_at")
  private Instant forcedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "callback_sent_at")
  private Instant callbackSentAt;

  protected SmsNotification() {}

  public SmsNotification(
      UUID id,
      NotifyApiKey key,
      String phoneNumber,
      UkMobile mobile,
      SmsTemplate template,
      String body,
      String reference,
      UUID smsSenderId,
      String fromNumber,
      DeliveryStatus fate,
      Instant createdAt) {
    this.id = id;
    this.serviceId = key.serviceId();
    this.keyName = key.name();
    this.keyType = key.type();
    this.phoneNumber = phoneNumber;
    this.normalisedPhone = mobile.normalised();
    this.templateId = template.id();
    this.templateVersion = template.version();
    this.body = body;
    this.reference = reference;
    this.smsSenderId = smsSenderId;
    this.fromNumber = fromNumber;
    this.fate = fate.wire();
    this.createdAt = createdAt;
  }

  public DeliveryTimeline.Progress progress(DeliveryTimeline timeline, Instant now) {
    return timeline.progress(
        createdAt, fate(), forcedStatus == null ? null : status(forcedStatus), forcedAt, now);
  }

  /** A test says where the message stands now, whatever the timeline would say. */
  public void force(DeliveryStatus status, Instant at) {
    this.forcedStatus = status.wire();
    this.forcedAt = at;
    this.callbackSentAt = null;
  }

  public void callbackSent(Instant at) {
    this.callbackSentAt = at;
  }

  private static DeliveryStatus status(String wire) {
    return DeliveryStatus.ofWire(wire).orElseThrow();
  }

  public UUID id() {
    return id;
  }

  public UUID serviceId() {
    return serviceId;
  }

  public String keyName() {
    return keyName;
  }

  public KeyType keyType() {
    return keyType;
  }

  public String phoneNumber() {
    return phoneNumber;
  }

  public String normalisedPhone() {
    return normalisedPhone;
  }

  public UUID templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public String body() {
    return body;
  }

  public String reference() {
    return reference;
  }

  public UUID smsSenderId() {
    return smsSenderId;
  }

  public String fromNumber() {
    return fromNumber;
  }

  public DeliveryStatus fate() {
    return status(fate);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant callbackSentAt() {
    return callbackSentAt;
  }
}
