package uk.practiceconnect.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.0 document: $ref, allOf, type, nullable,
 * properties (closed: a property the schema does not name is an error, so the document says
 * everything an answer holds), required, items, enum, pattern, maxLength, minimum, maximum and the
 * formats date, date-time and uri. Enough for this API's contract; not a general validator.
 */
public final class OpenApiSchemas {

  private final JsonObject document;

  public OpenApiSchemas(JsonObject document) {
    this.document = document;
  }

  /** Every way {@code value} breaks {@code schema}, each with its JSON path; empty if none. */
  public List<String> problems(JsonValue value, JsonObject schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out);
    return out;
  }

  public JsonObject resolve(JsonObject maybeRef) {
    JsonObject s = maybeRef;
    while (s.containsKey("$ref")) {
      String ref = s.getString("$ref");
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local references: " + ref);
      }
      JsonValue at = document;
      for (String part : ref.substring(2).split("/")) {
        at = at.asJsonObject().get(part);
        if (at == null) {
          throw new IllegalArgumentException("dangling reference " + ref);
        }
      }
      s = at.asJsonObject();
    }
    return s;
  }

  private void check(JsonValue value, JsonObject raw, String path, List<String> out) {
    JsonObject schema = resolve(raw);
    if (schema.containsKey("allOf")) {
      // the parts together describe the object: check each part with the others' properties known
      List<String> known = new ArrayList<>();
      for (JsonValue part : schema.getJsonArray("allOf")) {
        JsonObject p = resolve(part.asJsonObject());
        if (p.containsKey("properties")) {
          known.addAll(p.getJsonObject("properties").keySet());
        }
      }
      for (JsonValue part : schema.getJsonArray("allOf")) {
        checkOne(value, resolve(part.asJsonObject()), path, out, known);
      }
      return;
    }
    checkOne(value, schema, path, out, List.of());
  }

  private void checkOne(
      JsonValue value, JsonObject schema, String path, List<String> out, List<String> alsoKnown) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (!schema.getBoolean("nullable", false)) {
        out.add(path + ": null, but the schema does not allow null");
      }
      return;
    }
    String type = schema.getString("type", null);
    if (type != null && !typeMatches(type, value)) {
      out.add(path + ": " + value.getValueType() + " where the schema says " + type);
      return;
    }
    if (schema.containsKey("enum")) {
      boolean listed = schema.getJsonArray("enum").stream().anyMatch(e -> e.equals(value));
      if (!listed) {
        out.add(path + ": " + value + " is not one of " + schema.getJsonArray("enum"));
      }
    }
    if (value instanceof JsonString s) {
      checkString(s.getString(), schema, path, out);
    }
    if (value instanceof JsonNumber n) {
      if (schema.containsKey("minimum")
          && n.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0) {
        out.add(path + ": " + n + " is below the minimum");
      }
      if (schema.containsKey("maximum")
          && n.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue()) > 0) {
        out.add(path + ": " + n + " is above the maximum");
      }
    }
    if (value instanceof JsonArray a && schema.containsKey("items")) {
      for (int i = 0; i < a.size(); i++) {
        check(a.get(i), schema.getJsonObject("items"), path + "[" + i + "]", out);
      }
    }
    if (value instanceof JsonObject o) {
      JsonObject props =
          schema.containsKey("properties")
              ? schema.getJsonObject("properties")
              : JsonValue.EMPTY_JSON_OBJECT;
      if (schema.containsKey("required")) {
        for (JsonValue r : schema.getJsonArray("required")) {
          String name = ((JsonString) r).getString();
          if (!o.containsKey(name)) {
            out.add(path + ": the required property " + name + " is missing");
          }
        }
      }
      for (String key : o.keySet()) {
        if (props.containsKey(key)) {
          check(o.get(key), props.getJsonObject(key), path + "." + key, out);
        } else if (!props.isEmpty() && !alsoKnown.contains(key)) {
          out.add(path + ": the property " + key + " is not in the schema");
        }
      }
    }
  }

  private static boolean typeMatches(String type, JsonValue v) {
    return switch (type) {
      case "object" -> v.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> v.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> v.getValueType() == JsonValue.ValueType.STRING;
      case "boolean" -> v == JsonValue.TRUE || v == JsonValue.FALSE;
      case "integer" -> v instanceof JsonNumber n && n.isIntegral();
      case "number" -> v instanceof JsonNumber;
      default -> false;
    };
  }

  private static void checkString(String s, JsonObject schema, String path, List<String> out) {
    if (schema.containsKey("maxLength") && s.length() > schema.getInt("maxLength")) {
      out.add(path + ": longer than " + schema.getInt("maxLength"));
    }
    if (schema.containsKey("pattern")
        && !Pattern.compile(schema.getString("pattern")).matcher(s).find()) {
      out.add(path + ": '" + s + "' does not match " + schema.getString("pattern"));
    }
    String format = schema.getString("format", "");
    try {
      switch (format) {
        case "date-time" -> OffsetDateTime.parse(s);
        case "date" -> LocalDate.parse(s);
        case "uri" -> URI.create(s);
        default -> {}
      }
    } catch (RuntimeException e) {
      out.add(path + ": '" + s + "' is not a " + format);
    }
  }
}
