package uk.practiceconnect.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventBodyTest {

  @Test
  void isTypeTimestampAndDataAsTheStandardHasIt() {
    Instant at = Instant.parse("2026-12-02T10:15:30.123456Z");
    String body =
        EventBody.of(
            EventType.BOOKING_CANCELLED,
            at,
            EventData.with()
                .put("bookingId", "bk_1")
                .put("emisAppointmentId", (String) null)
                .put("slotStart", Instant.parse("2026-12-03T09:00:00Z"))
                .put("reminderId", 42L)
                .build());
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    assertEquals(Set.of("type", "timestamp", "data"), json.keySet());
    assertEquals("booking.cancelled", json.getString("type"));
    assertEquals("2026-12-02T10:15:30.123Z", json.getString("timestamp"));
    JsonObject data = json.getJsonObject("data");
    assertEquals("bk_1", data.getString("bookingId"));
    assertTrue(data.isNull("emisAppointmentId"), "absent values are null, not left out");
    assertEquals("2026-12-03T09:00:00Z", data.getString("slotStart"));
    assertEquals(42, data.getInt("reminderId"));
  }

  @Test
  void everyEventTypeHasADottedLowerCaseNameThatReadsBack() {
    for (EventType t : EventType.values()) {
      assertTrue(t.wire().matches("[a-z]+\\.[a-z-]+"), t.wire());
      assertEquals(t, EventType.fromWire(" " + t.wire() + " ").orElseThrow());
    }
    assertTrue(EventType.fromWire("booking.CONFIRMED").isEmpty());
  }
}
