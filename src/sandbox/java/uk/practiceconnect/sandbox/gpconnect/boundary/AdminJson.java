package uk.practiceconnect.sandbox.gpconnect.boundary;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/** Reading the admin face's JSON bodies: a field of the wrong kind is a 400 that names it. */
final class AdminJson {

  private AdminJson() {}

  static JsonObject object(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw SpineError.BAD_REQUEST.failure("The body must be a JSON object");
    }
  }

  /** A missing or null number is 0. */
  static double number(JsonObject json, String name) {
    if (!json.containsKey(name) || json.isNull(name)) {
      return 0;
    }
    if (!(json.get(name) instanceof JsonNumber n)) {
      throw SpineError.BAD_REQUEST.failure(name + " must be a number");
    }
    return n.doubleValue();
  }

  /** A missing or null text is null. */
  static String text(JsonObject json, String name) {
    if (!json.containsKey(name) || json.isNull(name)) {
      return null;
    }
    if (!(json.get(name) instanceof JsonString s)) {
      throw SpineError.BAD_REQUEST.failure(name + " must be a string");
    }
    return s.getString();
  }

  /** A missing or null date is null. */
  static LocalDate date(JsonObject json, String name) {
    String value = text(json, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw SpineError.BAD_REQUEST.failure(name + " must be a date written YYYY-MM-DD");
    }
  }
}
