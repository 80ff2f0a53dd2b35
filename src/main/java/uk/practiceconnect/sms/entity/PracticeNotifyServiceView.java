package uk.practiceconnect.sms.entity;

import java.io.Serializable;
import java.time.Instant;
import uk.practiceconnect.platform.entity.SettingsVersion;

/**
 * What anyone may see of a practice's own Notify service: everything but the API key. {@code
 * version} is {@link SettingsVersion#NEVER_SAVED} while the practice uses the platform's service.
 */
public record PracticeNotifyServiceView(
    boolean ownService,
    String serviceId,
    String templateId,
    String smsSenderId,
    boolean keySaved,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {

  public static PracticeNotifyServiceView of(PracticeNotifyService s) {
    return new PracticeNotifyServiceView(
        true,
        s.serviceId(),
        s.templateId().map(NotifyTemplateId::value).orElse(null),
        s.smsSenderId().map(SmsSenderId::value).orElse(null),
        s.keySaved(),
        s.updatedAt(),
        s.updatedBy(),
        s.version());
  }

  public static PracticeNotifyServiceView platform() {
    return new PracticeNotifyServiceView(
        false, null, null, null, false, null, null, SettingsVersion.NEVER_SAVED);
  }
}
