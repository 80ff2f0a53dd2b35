package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;

class StrictJsonTest {

  record Type(String name, boolean bookable, List<String> clinicians) {}

  record Settings(
      boolean enabled,
      Integer weeksAhead,
      String template,
      List<Type> slotTypes,
      Instant updatedAt) {}

  static Settings read(String json) {
    return StrictJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Settings.class);
  }

  static Map<String, String> errors(String json) {
    DomainException e = assertThrows(DomainException.class, () -> read(json));
    assertEquals(ErrorCode.VALIDATION_FAILED, e.code(), e.getMessage());
    return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
  }

  @Test
  void readsWhatTheApiDescribes() {
    Settings s =
        read(
            "{\"enabled\":true,\"weeksAhead\":6,\"template\":\"Hi\",\"slotTypes\":[{\"name\":\"GP\","
                + "\"bookable\":false,\"clinicians\":[\"Dr A\"]}],\"updatedAt\":\"2026-12-02T09:00:00Z\"}");
    assertEquals(
        new Settings(
            true,
            6,
            "Hi",
            List.of(new Type("GP", false, List.of("Dr A"))),
            Instant.parse("2026-12-02T09:00:00Z")),
        s);
  }

  @Test
  void aKeyLeftOutIsNullOrFalse() {
    Settings s = read("{}");
    assertFalse(s.enabled());
    assertNull(s.weeksAhead());
    assertNull(s.slotTypes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"yes\"", "\"true\"", "\"false\"", "[]", "{}", "null"})
  void onlyTrueOrFalseIsABoolean(String value) {
    assertEquals(
        "enabled must "
            + (value.equals("null") ? "not be null" : "be true or false, without quotes"),
        errors("{\"enabled\":" + value + "}").get("enabled"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6.9", "-0.5", "\"7\"", "true", "1e-3"})
  void wholeNumbersAreWholeNumbers(String value) {
    assertEquals(1, errors("{\"weeksAhead\":" + value + "}").size());
  }

  @Test
  void aNumberTooLargeIsRefusedNotWrapped() {
    assertEquals(
        "weeksAhead is too large", errors("{\"weeksAhead\":4294967302}").get("weeksAhead"));
  }

  @Test
  void wholeNumbersWrittenWithNoughtsAfterThePointAreWhole() {
    assertEquals(6, read("{\"weeksAhead\":6.0}").weeksAhead());
    assertEquals(-3, read("{\"weeksAhead\":-3}").weeksAhead());
  }

  @Test
  void aNumberIsNotText() {
    assertEquals("template must be text, in quotes", errors("{\"template\":7}").get("template"));
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertEquals(
        "enabled is given more than once",
        errors("{\"enabled\":true,\"enabled\":false}").get("enabled"));
  }

  @Test
  void anUnknownKeyIsRefusedWithItsPath() {
    Map<String, String> e =
        errors("{\"enabld\":true,\"slotTypes\":[{\"name\":\"GP\",\"bookabel\":true}]}");
    assertEquals("enabld is not a field of this request", e.get("enabld"));
    assertEquals(
        "slotTypes[0].bookabel is not a field of this request", e.get("slotTypes[0].bookabel"));
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    Map<String, String> e =
        errors(
            "{\"enabled\":\"yes\",\"weeksAhead\":6.9,\"template\":[],\"slotTypes\":[{\"bookable\":1}],"
                + "\"updatedAt\":\"yesterday\"}");
    assertEquals(
        List.of("enabled", "slotTypes[0].bookable", "template", "updatedAt", "weeksAhead"),
        e.keySet().stream().sorted().toList());
  }

  @Test
  void notJsonIsMalformed() {
    for (String body : List.of("{bad", "", "{} {}", "[1,2")) {
      DomainException e = assertThrows(DomainException.class, () -> read(body), body);
      assertEquals(ErrorCode.MALFORMED_REQUEST, e.code(), body);
    }
  }

  @Test
  void theBodyMustBeAnObject() {
    for (String body : List.of("[]", "42", "\"text\"", "null")) {
      DomainException e = assertThrows(DomainException.class, () -> read(body), body);
      assertEquals(ErrorCode.MALFORMED_REQUEST, e.code(), body);
    }
  }
}
