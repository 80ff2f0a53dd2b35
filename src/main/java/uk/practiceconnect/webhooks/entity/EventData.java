package uk.practiceconnect.webhooks.entity;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The {@code data} of an event, built by the feature that records it. Only what an API key of the
 * practice may already read: ids, times, statuses, an NHS number masked as the API masks it. Never
 * names or phone numbers. An absent value is written as JSON null.
 */
public final class EventData {

  private final JsonObjectBuilder json = JSON.createObjectBuilder();

  public static EventData with() {
    return new EventData();
  }

  public EventData put(String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
    return this;
  }

  public EventData put(String name, Instant value) {
    return put(name, value == null ? null : value.toString());
  }

  public EventData put(String name, long value) {
    json.add(name, value);
    return this;
  }

  public EventData put(String name, boolean value) {
    json.add(name, value);
    return this;
  }

  public JsonObject build() {
    return json.build();
  }
}
