package uk.practiceconnect.sms.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;

/**
 * Which of a Notify service's text message senders (the name or number patients see) a text goes
 * from: Notify's {@code sms_sender_id}, a UUID. Optional: without it Notify uses the service's
 * default sender.
 */
public record SmsSenderId(String value) {

  public SmsSenderId {
    if (!NotifyApiKey.isUuid(value)) {
      throw new InvalidValueException(
          "The sender ID must look like 8-4-4-4-12 letters and digits: copy it from Settings ›"
              + " Text messages › Text message senders in Notify, or leave it empty to use your"
              + " default sender");
    }
    value = value.toLowerCase();
  }

  /** Null when left empty (the service's default sender). */
  public static SmsSenderId ofOptional(String raw) {
    return raw == null || raw.isBlank() ? null : new SmsSenderId(raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
