package uk.practiceconnect.emis.control;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * What the partner API's answers mean. Every answer carries {@code outcome} (1 = success) and a
 * named {@code code}; anything else, including a body that is not the expected JSON, is a {@link
 * PartnerException}, so nothing the gateway sends can surface as a bare parsing error.
 */
final class PartnerReplies {

  private PartnerReplies() {}

  /** A successful answer's body; a failure (even one sent with HTTP 200) throws. */
  static JsonObject ok(String body) {
    JsonObject json = parse(body, 200);
    PartnerOutcome outcome = outcomeOf(json);
    if (outcome != PartnerOutcome.OK) {
      throw new PartnerException(outcome, errorOf(json));
    }
    return json;
  }

  /** The failure an HTTP error status and its body stand for. */
  static PartnerException failure(int status, String body) {
    try {
      JsonObject json = parse(body, status);
      PartnerOutcome outcome = outcomeOf(json);
      if (outcome == PartnerOutcome.OK || status == 504) {
        // an error status must not pass for success, and a gateway timeout is a timeout whatever
        // the body says: the call may still have been carried out behind it
        outcome = fromStatus(status);
      }
      return new PartnerException(outcome, errorOf(json));
    } catch (PartnerException unreadable) {
      return new PartnerException(fromStatus(status), unreadable.emisError());
    }
  }

  static String sessionToken(JsonObject logon) {
    String token = logon.getString("sessionToken", null);
    if (token == null || token.isBlank()) {
      throw malformed("the logon answer has no session token");
    }
    return token;
  }

  static long idleTimeoutSeconds(JsonObject logon) {
    return logon.containsKey("idleTimeoutSeconds")
            && logon.get("idleTimeoutSeconds").getValueType() == JsonValue.ValueType.NUMBER
        ? logon.getJsonNumber("idleTimeoutSeconds").longValue()
        : 0;
  }

  static List<EmisAppointment> appointments(JsonObject json) {
    return list(json, "appointments", PartnerReplies::appointment);
  }

  static EmisAppointment appointment(JsonObject json) {
    JsonObject a = json.containsKey("appointment") ? json.getJsonObject("appointment") : json;
    return new EmisAppointment(
        text(a, "appointmentId"),
        text(a, "slotId"),
        instant(a, "start"),
        instant(a, "end"),
        text(a, "slotType"),
        text(a, "clinician"),
        text(a, "site"),
        instant(a, "bookedAt"),
        text(a, "reason"),
        a.containsKey("patient") && !a.isNull("patient")
            ? patient(a.getJsonObject("patient"))
            : null);
  }

  static List<EmisSlot> slots(JsonObject json) {
    return list(json, "slots", PartnerReplies::slot);
  }

  static EmisSlot slot(JsonObject s) {
    try {
      return new EmisSlot(
          text(s, "slotId"),
          text(s, "sessionId"),
          instant(s, "start"),
          instant(s, "end"),
          s.getInt("durationMinutes", 0),
          text(s, "slotType"),
          text(s, "clinician"),
          EmisSlot.Status.valueOf(text(s, "status").toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw malformed("a slot has no known status");
    }
  }

  /** The slot types named in the sessions' counts, in the order EMIS lists them. */
  static List<String> slotTypes(JsonObject json) {
    List<String> types = new ArrayList<>();
    for (JsonObject session : list(json, "sessions", Function.identity())) {
      JsonArray counts = session.getJsonArray("slotTypes");
      if (counts == null) {
        continue;
      }
      for (JsonValue c : counts) {
        if (c instanceof JsonObject count) {
          String type = text(count, "slotType");
          if (type != null && !types.contains(type)) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  static EmisPatient patient(JsonObject json) {
    JsonObject p = json.containsKey("patient") ? json.getJsonObject("patient") : json;
    try {
      return new EmisPatient(
          text(p, "patientId"),
          NhsNumber.of(text(p, "nhsNumber")),
          text(p, "title"),
          text(p, "forenames"),
          text(p, "surname"),
          p.isNull("dateOfBirth") ? null : LocalDate.parse(text(p, "dateOfBirth")),
          text(p, "postcode"),
          text(p, "mobile"),
          p.getBoolean("smsConsent", false));
    } catch (RuntimeException e) { // the message could hold the patient's details: not kept
      throw malformed("a patient's NHS number or date of birth is not valid");
    }
  }

  private static <T> List<T> list(JsonObject json, String key, Function<JsonObject, T> each) {
    JsonValue value = json.get(key);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw malformed("the answer has no " + key + " list");
    }
    List<T> items = new ArrayList<>();
    for (JsonValue v : value.asJsonArray()) {
      if (!(v instanceof JsonObject o)) {
        throw malformed("the " + key + " list holds something other than objects");
      }
      items.add(each.apply(o));
    }
    return List.copyOf(items);
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v == null || v == JsonValue.NULL ? null : v.toString();
  }

  private static Instant instant(JsonObject o, String key) {
    String raw = text(o, key);
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(raw);
      } catch (DateTimeParseException again) {
        throw malformed(key + " is not a time with an offset");
      }
    }
  }

  private static JsonObject parse(String body, int status) {
    if (body == null || body.isBlank()) {
      throw new PartnerException(
          fromStatus(status), "EMIS sent an empty answer (HTTP " + status + ")");
    }
    try (var reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new PartnerException(
          fromStatus(status), "EMIS sent an answer that is not JSON (HTTP " + status + ")");
    }
  }

  private static PartnerOutcome outcomeOf(JsonObject json) {
    String code = json.containsKey("code") && !json.isNull("code") ? text(json, "code") : null;
    JsonValue number = json.get("outcome");
    if (number == null || number.getValueType() != JsonValue.ValueType.NUMBER) {
      throw malformed("the answer has no outcome");
    }
    return PartnerOutcome.of(code, json.getJsonNumber("outcome").intValue());
  }

  private static String errorOf(JsonObject json) {
    String error = json.containsKey("error") ? text(json, "error") : null;
    return error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
  }

  /** What an HTTP status alone says, when the body does not. */
  static PartnerOutcome fromStatus(int status) {
    if (status == 429) {
      return PartnerOutcome.RATE_LIMITED;
    }
    if (status == 504) {
      return PartnerOutcome.TIMEOUT;
    }
    if (status == 404 || status == 502 || status == 503) {
      return PartnerOutcome.UNREACHABLE; // the gateway or a proxy in front of it
    }
    return status >= 500 ? PartnerOutcome.INTERNAL_ERROR : PartnerOutcome.BAD_REQUEST;
  }

  private static PartnerException malformed(String what) {
    return new PartnerException(
        PartnerOutcome.INTERNAL_ERROR, "EMIS's answer is unusable: " + what);
  }

  /** Turns every error status of the REST client into a PartnerException. */
  public static class Failures implements ResponseExceptionMapper<PartnerException> {

    @Override
    public PartnerException toThrowable(Response response) {
      String body;
      try {
        body = response.hasEntity() ? response.readEntity(String.class) : null;
      } catch (RuntimeException e) {
        body = null;
      }
      return failure(response.getStatus(), body);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
      return status >= 400;
    }
  }
}
