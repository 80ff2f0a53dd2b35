package uk.practiceconnect.sandbox.notify.entity;

import java.util.Map;
import java.util.UUID;

/**
 * A checked {@code POST /v2/notifications/sms}: the number as the caller wrote it and as Notify
 * reads it, the template, the personalisation values (strings, numbers, booleans, lists), the
 * caller's reference (may be null) and the optional sender id.
 */
public record SmsRequest(
    String phoneNumber,
    UkMobile mobile,
    UUID templateId,
    Map<String, Object> personalisation,
    String reference,
    UUID smsSenderId) {

  @Override
  public String toString() {
    // no number, no personalisation: both are personal data
    return "SmsRequest[template " + templateId + ", reference " + reference + "]";
  }
}
