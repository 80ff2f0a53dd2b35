package uk.practiceconnect.sms.entity;

import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.platform.entity.Text;

/** The id of a text message template in a GOV.UK Notify service (a UUID, lower case). */
public record NotifyTemplateId(String value) {

  public NotifyTemplateId {
    if (!NotifyApiKey.isUuid(value)) {
      throw new InvalidValueException(
          "The template ID must look like 8-4-4-4-12 letters and digits, for example"
              + " e5715007-42ab-4b03-bc2e-e66e2be2c1a3: copy it from the template's page in Notify");
    }
    value = value.toLowerCase();
  }

  public static NotifyTemplateId of(String raw) {
    Text.required(raw, "Enter the ID of your text message template in GOV.UK Notify");
    return new NotifyTemplateId(raw.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
