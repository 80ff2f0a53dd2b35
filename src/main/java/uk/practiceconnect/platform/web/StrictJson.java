package uk.practiceconnect.platform.web;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;
import uk.practiceconnect.platform.entity.Validation;

/**
 * Reads a JSON request body into a record exactly as the API describes it, or refuses it with a
 * message per field: no coercion ({@code 1}, {@code "yes"} or {@code "true"} are not booleans,
 * {@code 6.9} and {@code "7"} are not whole numbers, {@code 7} is not text), no key given twice, no
 * key the record does not have. A key left out is null (false or 0 for a primitive), as a {@code
 * PUT} of the whole settings means. Nothing reaches the resource, so nothing is saved.
 */
public final class StrictJson {

  static final String MALFORMED = "The body is not valid JSON";

  private StrictJson() {}

  /** The body as a {@code type} record, or a {@code VALIDATION_FAILED} naming every bad field. */
  public static <T> T read(InputStream body, Class<T> type) {
    JsonValue tree;
    List<FieldError> errors = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(body)) {
      if (!parser.hasNext()) {
        throw new DomainException(ErrorCode.MALFORMED_REQUEST, MALFORMED);
      }
      tree = value(parser, parser.next(), "", errors);
      if (parser.hasNext()) {
        throw new DomainException(ErrorCode.MALFORMED_REQUEST, MALFORMED);
      }
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new DomainException(ErrorCode.MALFORMED_REQUEST, MALFORMED);
    }
    if (!(tree instanceof JsonObject)) {
      throw new DomainException(ErrorCode.MALFORMED_REQUEST, "The body must be a JSON object");
    }
    Object value = bind(type, tree, "", errors);
    if (!errors.isEmpty()) {
      Validation v = new Validation();
      errors.forEach(e -> v.reject(e.field(), e.message()));
      v.throwIfInvalid();
    }
    return type.cast(value);
  }

  /** One JSON value, objects checked for keys given twice. */
  private static JsonValue value(
      JsonParser p, JsonParser.Event event, String path, List<FieldError> errors) {
    switch (event) {
      case START_OBJECT -> {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
          String key = p.getString();
          String field = join(path, key);
          JsonValue v = value(p, p.next(), field, errors);
          if (!keys.add(key)) {
            errors.add(new FieldError(field, field + " is given more than once"));
          }
          object.add(key, v);
        }
        return object.build();
      }
      case START_ARRAY -> {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        int i = 0;
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
          array.add(value(p, e, path + "[" + i++ + "]", errors));
        }
        return array.build();
      }
      case VALUE_STRING -> {
        return JSON.createValue(p.getString());
      }
      case VALUE_NUMBER -> {
        return JSON.createValue(p.getBigDecimal());
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw new DomainException(ErrorCode.MALFORMED_REQUEST, MALFORMED);
    }
  }

  /** {@code v} as {@code type}; {@code null} for a key left out. */
  static Object bind(Type type, JsonValue v, String field, List<FieldError> errors) {
    Class<?> raw = raw(type);
    if (v == null) {
      return defaultOf(raw);
    }
    if (v == JsonValue.NULL) {
      if (raw.isPrimitive()) {
        errors.add(new FieldError(field, field + " must not be null"));
      }
      return defaultOf(raw);
    }
    if (raw == String.class) {
      if (v instanceof JsonString s) {
        return s.getString();
      }
      return wrong(errors, field, field + " must be text, in quotes");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
        return v == JsonValue.TRUE;
      }
      return wrong(errors, field, field + " must be true or false, without quotes");
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return wholeNumber(raw, v, field, errors);
    }
    if (raw == Instant.class) {
      if (v instanceof JsonString s) {
        try {
          return Instant.parse(s.getString());
        } catch (DateTimeParseException e) {
          // below
        }
      }
      return wrong(errors, field, field + " must be a date and time such as 2026-12-02T09:30:00Z");
    }
    if (List.class.isAssignableFrom(raw)) {
      if (!(v instanceof JsonArray array)) {
        return wrong(errors, field, field + " must be a list in [ ]");
      }
      Type element =
          type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        list.add(bind(element, array.get(i), field + "[" + i + "]", errors));
      }
      return list;
    }
    if (raw.isRecord()) {
      if (!(v instanceof JsonObject object)) {
        return wrong(errors, field, (field.isEmpty() ? "The body" : field) + " must be an object");
      }
      return record(raw, object, field, errors);
    }
    throw new IllegalArgumentException("No strict JSON reading for " + type);
  }

  private static Object record(
      Class<?> type, JsonObject object, String path, List<FieldError> errors) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> names = new HashSet<>();
    for (RecordComponent c : components) {
      names.add(c.getName());
    }
    for (String key : object.keySet()) {
      if (!names.contains(key)) {
        String field = join(path, key);
        errors.add(new FieldError(field, field + " is not a field of this request"));
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      args[i] = bind(c.getGenericType(), object.get(c.getName()), join(path, c.getName()), errors);
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make a " + type.getName(), e);
    }
  }

  private static Object wholeNumber(
      Class<?> raw, JsonValue v, String field, List<FieldError> errors) {
    if (!(v instanceof JsonNumber n)) {
      return wrong(errors, field, field + " must be a whole number, without quotes");
    }
    BigDecimal value = n.bigDecimalValue();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return wrong(errors, field, field + " must be a whole number");
    }
    try {
      if (raw == long.class || raw == Long.class) {
        return value.longValueExact();
      }
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return wrong(errors, field, field + " is too large");
    }
  }

  private static Object wrong(List<FieldError> errors, String field, String message) {
    errors.add(new FieldError(field.isEmpty() ? "body" : field, message));
    return null;
  }

  private static Object defaultOf(Class<?> raw) {
    if (raw == boolean.class) {
      return false;
    }
    if (raw == int.class) {
      return 0;
    }
    if (raw == long.class) {
      return 0L;
    }
    return null;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType pt) {
      return (Class<?>) pt.getRawType();
    }
    return Object.class;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
