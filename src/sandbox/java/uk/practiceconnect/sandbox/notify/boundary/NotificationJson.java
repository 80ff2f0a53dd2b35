package uk.practiceconnect.sandbox.notify.boundary;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.ReceivedText;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;

/**
 * Notify's JSON shapes, field for field (snake case, explicit nulls, times as {@code
 * 2025-01-31T09:15:02.123456Z}), built with JSON-P so nothing is renamed or dropped on the way out.
 * {@code base} is the sandbox's own address, e.g. {@code http://host/sandbox/notify}.
 */
final class NotificationJson {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private NotificationJson() {}

  /** The 201 answer to a text message. */
  static JsonObject sent(SmsNotification m, String base) {
    return JSON.createObjectBuilder()
        .add("id", m.id().toString())
        .add("reference", text(m.reference()))
        .add(
            "content",
            JSON.createObjectBuilder().add("body", m.body()).add("from_number", m.fromNumber()))
        .add("uri", base + "/v2/notifications/" + m.id())
        .add("template", template(m.templateId(), m.templateVersion(), base))
        .addNull("scheduled_for")
        .build();
  }

  /** One message as {@code GET /v2/notifications/{id}} shows it. */
  static JsonObjectBuilder notification(
      SmsNotification m, DeliveryTimeline.Progress progress, String base) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("id", m.id().toString())
            .add("reference", text(m.reference()))
            .addNull("email_address")
            .add("phone_number", m.phoneNumber());
    for (String none : List.of("line_1", "line_2", "line_3", "line_4", "line_5", "line_6")) {
      b.addNull(none);
    }
    return b.addNull("postcode")
        .addNull("postage")
        .add("type", "sms")
        .add("status", progress.status().wire())
        .add("template", template(m.templateId(), m.templateVersion(), base))
        .add("body", m.body())
        .addNull("subject")
        .add("created_at", time(m.createdAt()))
        .addNull("created_by_name")
        .add("sent_at", time(progress.sentAt()))
        .add("completed_at", time(progress.completedAt()))
        .addNull("scheduled_for")
        .addNull("estimated_delivery")
        .addNull("one_click_unsubscribe_url")
        .add("is_cost_data_ready", false)
        .addNull("cost_in_pounds")
        .add("cost_details", JSON.createObjectBuilder());
  }

  /** A page of messages with Notify's links: "next" whenever the page is not empty. */
  static JsonObject list(JsonArrayBuilder notifications, String current, String next) {
    return JSON.createObjectBuilder()
        .add("notifications", notifications)
        .add(
            "links",
            next == null
                ? JSON.createObjectBuilder().add("current", current)
                : JSON.createObjectBuilder().add("current", current).add("next", next))
        .build();
  }

  /** What {@code GET /v2/received-text-messages} shows. */
  static JsonObject receivedList(List<ReceivedText> texts, String current, String next) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    texts.forEach(
        t ->
            items.add(
                JSON.createObjectBuilder()
                    .add("id", t.id().toString())
                    .add("user_number", t.userNumber())
                    .add("notify_number", t.notifyNumber())
                    .add("created_at", time(t.createdAt()))
                    .add("service_id", t.serviceId().toString())
                    .add("content", t.content())));
    var links = JSON.createObjectBuilder().add("current", current);
    if (next != null) {
      links.add("next", next);
    }
    return JSON.createObjectBuilder()
        .add("received_text_messages", items)
        .add("links", links)
        .build();
  }

  /** What {@code GET /v2/template/{id}} shows. */
  static JsonObject template(SmsTemplate t, Instant createdAt) {
    var personalisation = JSON.createObjectBuilder();
    t.placeholders()
        .forEach(p -> personalisation.add(p, JSON.createObjectBuilder().add("required", true)));
    return JSON.createObjectBuilder()
        .add("id", t.id().toString())
        .add("name", t.name())
        .add("type", "sms")
        .add("created_at", time(createdAt))
        .addNull("updated_at")
        .add("created_by", "sandbox@practiceconnect.invalid")
        .add("version", t.version())
        .add("body", t.body())
        .addNull("subject")
        .addNull("letter_contact_block")
        .add("personalisation", personalisation)
        .addNull("postage")
        .build();
  }

  /** Notify's error body: {@code {"status_code": 400, "errors": [{"error", "message"}]}}. */
  static JsonObject error(NotifyError e) {
    JsonArrayBuilder errors = JSON.createArrayBuilder();
    e.errors()
        .forEach(
            x ->
                errors.add(
                    JSON.createObjectBuilder()
                        .add("error", x.error())
                        .add("message", x.message())));
    return JSON.createObjectBuilder().add("status_code", e.status()).add("errors", errors).build();
  }

  private static JsonObjectBuilder template(UUID id, int version, String base) {
    return JSON.createObjectBuilder()
        .add("id", id.toString())
        .add("version", version)
        .add("uri", base + "/v2/template/" + id);
  }

  private static JsonValue text(String s) {
    return s == null ? JsonValue.NULL : JSON.createValue(s);
  }

  private static JsonValue time(Instant t) {
    return t == null ? JsonValue.NULL : JSON.createValue(TIME.format(t));
  }
}
