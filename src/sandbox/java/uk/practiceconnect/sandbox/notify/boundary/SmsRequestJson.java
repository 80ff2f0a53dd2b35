package uk.practiceconnect.sandbox.notify.boundary;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.SmsRequest;
import uk.practiceconnect.sandbox.notify.entity.UkMobile;

/**
 * Reads the body of {@code POST /v2/notifications/sms} and checks it against Notify's schema,
 * collecting every ValidationError at once with Notify's wording ("phone_number is a required
 * property", "template_id is not a valid UUID", ...).
 */
final class SmsRequestJson {

  private static final Set<String> FIELDS =
      Set.of("phone_number", "template_id", "personalisation", "reference", "sms_sender_id");

  /** Notify's own cap on a reference. */
  private static final int MAX_REFERENCE = 1000;

  private SmsRequestJson() {}

  static SmsRequest parse(String body) {
    JsonObject json = object(body);
    List<String> errors = new ArrayList<>();
    for (String name : json.keySet()) {
      if (!FIELDS.contains(name)) {
        errors.add("Additional properties are not allowed (" + name + " was unexpected)");
      }
    }
    String phone = requiredString(json, "phone_number", errors);
    UkMobile mobile = null;
    if (phone != null) {
      try {
        mobile = UkMobile.parse(phone);
      } catch (IllegalArgumentException e) {
        errors.add("phone_number " + e.getMessage());
      }
    }
    UUID templateId = uuid(json, "template_id", true, errors);
    UUID senderId = uuid(json, "sms_sender_id", false, errors);
    String reference = optionalString(json, "reference", errors);
    if (reference != null && reference.length() > MAX_REFERENCE) {
      errors.add("reference " + reference.length() + " is too long");
    }
    Map<String, Object> personalisation = new LinkedHashMap<>();
    JsonValue p = json.get("personalisation");
    if (p != null && p.getValueType() != JsonValue.ValueType.NULL) {
      if (p instanceof JsonObject values) {
        values.forEach((k, v) -> personalisation.put(k, plain(v)));
      } else {
        errors.add("personalisation " + p + " is not of type object");
      }
    }
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    return new SmsRequest(phone, mobile, templateId, personalisation, reference, senderId);
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject o) {
        return o;
      }
    } catch (RuntimeException e) {
      // answered below, as Notify answers a body it cannot read
    }
    throw NotifyError.badRequest("Invalid JSON supplied in POST data");
  }

  private static String requiredString(JsonObject json, String name, List<String> errors) {
    JsonValue v = json.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      errors.add(name + " is a required property");
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    errors.add(name + " " + v + " is not of type string");
    return null;
  }

  private static String optionalString(JsonObject json, String name, List<String> errors) {
    JsonValue v = json.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return requiredString(json, name, errors);
  }

  private static UUID uuid(JsonObject json, String name, boolean required, List<String> errors) {
    String text =
        required ? requiredString(json, name, errors) : optionalString(json, name, errors);
    if (text == null) {
      return null;
    }
    if (!NotifyApiKey.isUuid(text)) {
      errors.add(name + " is not a valid UUID");
      return null;
    }
    return UUID.fromString(text);
  }

  /** A personalisation value as plain Java: text, number, boolean, list, or null. */
  private static Object plain(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue().stripTrailingZeros().toPlainString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> ((JsonArray) v).stream().map(SmsRequestJson::plain).toList();
      case OBJECT -> v.toString();
    };
  }
}
