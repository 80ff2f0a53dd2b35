package uk.practiceconnect.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.platform.entity.SealedSecret;
import uk.practiceconnect.platform.entity.VersionedSettings;

/**
 * A practice's own GOV.UK Notify service, used instead of the platform's for all its texts: the API
 * key (held only sealed), the template and optionally the sender. No row: the platform's service.
 */
@Entity
@Table(name = "practice_notify_service")
public class PracticeNotifyService implements VersionedSettings {

  @Id
  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "service_id", nullable = false, length = 36)
  private String serviceId;

  @Column(name = "api_key_key_id", nullable = false, length = 40)
  private String apiKeyKeyId;

  @Column(name = "api_key_sealed", nullable = false, length = 600)
  private String apiKeySealed;

  @Column(name = "template_id", nullable = false, length = 36)
  private String templateId;

  @Column(name = "sms_sender_id", length = 36)
  private String smsSenderId;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 120)
  private String updatedBy;

  @Version private long version;

  protected PracticeNotifyService() {}

  /** A practice's first own service: whole from the start (every column but the sender is set). */
  public PracticeNotifyService(
      Long practiceId,
      String serviceId,
      SealedSecret apiKey,
      NotifyTemplateId template,
      SmsSenderId sender,
      String actor,
      Instant now) {
    this.practiceId = practiceId;
    changeKey(serviceId, apiKey);
    change(template, sender, actor, now);
  }

  /** A new key: the service is the key's. */
  public void changeKey(String serviceId, SealedSecret apiKey) {
    this.serviceId = serviceId;
    this.apiKeyKeyId = apiKey.keyId();
    this.apiKeySealed = apiKey.payload();
  }

  public void change(NotifyTemplateId template, SmsSenderId sender, String actor, Instant now) {
    this.templateId = template.value();
    this.smsSenderId = sender == null ? null : sender.value();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long practiceId() {
    return practiceId;
  }

  public String serviceId() {
    return serviceId;
  }

  public boolean keySaved() {
    return apiKeySealed != null;
  }

  public SealedSecret apiKey() {
    return new SealedSecret(apiKeyKeyId, apiKeySealed);
  }

  public Optional<NotifyTemplateId> templateId() {
    return Optional.ofNullable(templateId).map(NotifyTemplateId::new);
  }

  public Optional<SmsSenderId> smsSenderId() {
    return Optional.ofNullable(smsSenderId).map(SmsSenderId::new);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  @Override
  public long version() {
    return version;
  }
}
