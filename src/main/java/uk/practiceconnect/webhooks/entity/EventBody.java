package uk.practiceconnect.webhooks.entity;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The body every delivery posts, the Standard Webhooks shape: {@code {"type", "timestamp",
 * "data"}}, the timestamp when it happened (UTC, ISO 8601). Written once, when the event is
 * recorded, so each retry sends exactly the same bytes.
 */
public final class EventBody {

  private EventBody() {}

  public static String of(EventType type, Instant occurredAt, JsonObject data) {
    JsonObject body =
        JSON.createObjectBuilder()
            .add("type", type.wire())
            .add("timestamp", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString())
            .add("data", data)
            .build();
    return body.toString();
  }
}
