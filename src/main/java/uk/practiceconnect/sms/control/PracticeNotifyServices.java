package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.control.SettingsSaves;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.SealedSecret;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.sms.entity.NotifyApiKey;
import uk.practiceconnect.sms.entity.NotifyTemplateId;
import uk.practiceconnect.sms.entity.PracticeNotifyService;
import uk.practiceconnect.sms.entity.PracticeNotifyServiceView;
import uk.practiceconnect.sms.entity.SmsSenderId;

/**
 * Reads, saves and removes a practice's own GOV.UK Notify service. The API key is write-only:
 * sealed as the EMIS API password is, never shown or audited; once saved it may be left out of a
 * change to keep it. A save based on an older version than the stored one is refused, as for every
 * setting.
 */
@ApplicationScoped
public class PracticeNotifyServices {

  @PersistenceContext EntityManager em;
  @Inject CredentialCipher cipher;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SettingsSaves saves;
  @Inject NotifyServices services;

  public PracticeNotifyServiceView view(Practice practice) {
    return saves
        .stored(PracticeNotifyService.class, practice.id())
        .map(PracticeNotifyServiceView::of)
        .orElseGet(PracticeNotifyServiceView::platform);
  }

  /**
   * Saves the practice's own service. {@code rawApiKey} may be empty to keep the saved key (never
   * on the first save).
   */
  @Transactional
  public PracticeNotifyServiceView change(
      Caller caller,
      Practice practice,
      String rawApiKey,
      String rawTemplateId,
      String rawSmsSenderId,
      Long expectedVersion) {
    PracticeNotifyService saved = em.find(PracticeNotifyService.class, practice.id());
    var v = new Validation();
    NotifyApiKey key =
        saved == null || (rawApiKey != null && !rawApiKey.isBlank())
            ? v.field("apiKey", rawApiKey, NotifyApiKey::of)
            : null;
    NotifyTemplateId template = v.field("templateId", rawTemplateId, NotifyTemplateId::of);
    SmsSenderId sender = v.field("smsSenderId", rawSmsSenderId, SmsSenderId::ofOptional);
    v.throwIfInvalid();
    PracticeNotifyServiceView before =
        saved == null ? PracticeNotifyServiceView.platform() : PracticeNotifyServiceView.of(saved);
    SealedSecret sealed = key == null ? null : seal(key, practice.id());
    PracticeNotifyService s =
        saves.forChange(
            PracticeNotifyService.class,
            practice.id(),
            expectedVersion,
            () ->
                new PracticeNotifyService(
                    practice.id(),
                    keyForFirstSave(key).serviceId(),
                    sealed,
                    template,
                    sender,
                    caller.name(),
                    clock.instant()));
    if (saved != null) {
      if (key == null
          && s.templateId().filter(template::equals).isPresent()
          && Objects.equals(s.smsSenderId().orElse(null), sender)) {
        return before; // saved again unchanged: nothing to store or audit
      }
      if (key != null) {
        s.changeKey(key.serviceId(), sealed);
      }
      s.change(template, sender, caller.name(), clock.instant());
    }
    saves.write();
    PracticeNotifyServiceView after = PracticeNotifyServiceView.of(s);
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        before.ownService() ? "NOTIFY_SERVICE_CHANGED" : "NOTIFY_SERVICE_SET",
        "notifyService",
        describe(before, after, key != null));
    services.changed(practice.id());
    return after;
  }

  /** Removed by someone else since it was read: a save without a key cannot start afresh. */
  private static NotifyApiKey keyForFirstSave(NotifyApiKey key) {
    if (key == null) {
      var v = new Validation();
      v.field("apiKey", null, NotifyApiKey::of);
      v.throwIfInvalid();
    }
    return key;
  }

  private SealedSecret seal(NotifyApiKey key, Long practiceId) {
    char[] plain = key.reveal();
    try {
      return cipher.seal(plain, context(practiceId));
    } finally {
      Arrays.fill(plain, '\0');
    }
  }

  /** Back to the platform's service: the practice's own is forgotten, key and all. */
  @Transactional
  public PracticeNotifyServiceView remove(Caller caller, Practice practice, Long expectedVersion) {
    PracticeNotifyService s =
        saves.forRemoval(PracticeNotifyService.class, practice.id(), expectedVersion).orElse(null);
    if (s == null) {
      return PracticeNotifyServiceView.platform(); // nothing to remove or audit
    }
    String serviceId = s.serviceId();
    em.remove(s);
    saves.write();
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        "NOTIFY_SERVICE_REMOVED",
        "notifyService",
        "Own GOV.UK Notify service " + serviceId + " removed: texts go through the platform's");
    services.changed(practice.id());
    return PracticeNotifyServiceView.platform();
  }

  /** What changed, in words for the audit trail: ids only, never the key. */
  static String describe(
      PracticeNotifyServiceView before, PracticeNotifyServiceView after, boolean keyReplaced) {
    StringBuilder d = new StringBuilder();
    if (!before.ownService()) {
      d.append("Own GOV.UK Notify service ").append(after.serviceId()).append(" set");
    } else {
      d.append("Own GOV.UK Notify service ").append(after.serviceId()).append(" changed");
      if (!Objects.equals(before.serviceId(), after.serviceId())) {
        d.append(" (was ").append(before.serviceId()).append(")");
      }
    }
    d.append(": template ").append(after.templateId());
    if (!Objects.equals(before.templateId(), after.templateId()) && before.ownService()) {
      d.append(" (was ").append(before.templateId()).append(")");
    }
    d.append(", sender ").append(after.smsSenderId() == null ? "the default" : after.smsSenderId());
    if (!Objects.equals(before.smsSenderId(), after.smsSenderId()) && before.ownService()) {
      d.append(" (was ")
          .append(before.smsSenderId() == null ? "the default" : before.smsSenderId())
          .append(")");
    }
    d.append(keyReplaced ? "; API key replaced" : "; API key kept");
    return d.toString();
  }

  static String context(Long practiceId) {
    return "notify-api-key:practice:" + practiceId;
  }
}
