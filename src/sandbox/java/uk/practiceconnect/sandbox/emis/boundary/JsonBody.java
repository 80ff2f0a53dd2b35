package uk.practiceconnect.sandbox.emis.boundary;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * A request body read by hand rather than bound by JSON-B, so that every malformed or missing field
 * gets a precise BAD_REQUEST naming it (never a 500).
 */
final class JsonBody {

  private final JsonObject json;

  private JsonBody(JsonObject json) {
    this.json = json;
  }

  static JsonBody parse(String body) {
    if (body == null || body.isBlank()) {
      throw SandboxFailure.badRequest("The request body is missing: send a JSON object");
    }
    try (var reader = JSON.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw SandboxFailure.badRequest("The request body must be a JSON object");
      }
      return new JsonBody(value.asJsonObject());
    } catch (JsonParsingException e) {
      throw SandboxFailure.badRequest("The request body is not valid JSON");
    } catch (JsonException e) {
      throw SandboxFailure.badRequest("The request body could not be read as JSON");
    }
  }

  /** A body that may be empty: reads as an object with no fields. */
  static JsonBody parseOptional(String body) {
    return body == null || body.isBlank() ? new JsonBody(JsonValue.EMPTY_JSON_OBJECT) : parse(body);
  }

  String string(String name) {
    String value = optionalString(name);
    if (value == null || value.isEmpty()) {
      throw SandboxFailure.badRequest(name + " is missing");
    }
    return value;
  }

  String optionalString(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      // organisation IDs and NHS numbers are sometimes sent as numbers
      return n.toString();
    }
    throw SandboxFailure.badRequest(name + " must be a string");
  }

  boolean bool(String name, boolean fallback) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw SandboxFailure.badRequest(name + " must be true or false");
  }

  boolean requiredBool(String name) {
    if (!json.containsKey(name) || json.isNull(name)) {
      throw SandboxFailure.badRequest(name + " is missing");
    }
    return bool(name, false);
  }

  int integer(String name, int fallback) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        throw SandboxFailure.badRequest(name + " is out of range");
      }
    }
    throw SandboxFailure.badRequest(name + " must be a whole number");
  }

  int requiredInteger(String name) {
    if (!json.containsKey(name) || json.isNull(name)) {
      throw SandboxFailure.badRequest(name + " is missing");
    }
    return integer(name, 0);
  }

  double decimal(String name, double fallback) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    if (value instanceof JsonNumber n) {
      return n.doubleValue();
    }
    throw SandboxFailure.badRequest(name + " must be a number");
  }

  LocalDate date(String name) {
    return Params.date(name, string(name));
  }

  LocalDate optionalDate(String name) {
    String value = optionalString(name);
    return value == null || value.isEmpty() ? null : Params.date(name, value);
  }

  Instant instant(String name) {
    return Params.instant(name, string(name));
  }
}
