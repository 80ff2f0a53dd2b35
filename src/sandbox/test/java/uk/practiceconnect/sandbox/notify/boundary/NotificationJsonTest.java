package uk.practiceconnect.sandbox.notify.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationList;
import uk.gov.service.notify.SendSmsResponse;
import uk.gov.service.notify.Template;
import uk.practiceconnect.sandbox.notify.entity.DeliveryStatus;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;
import uk.practiceconnect.sandbox.notify.entity.UkMobile;

/** The JSON the sandbox writes, read back by the official client's own response classes. */
class NotificationJsonTest {

  static final String BASE = "http://127.0.0.1:8282/sandbox/notify";
  final SmsTemplate template =
      new SmsTemplate(UUID.fromString("e5715007-42ab-4b03-bc2e-e66e2be2c1a3"), 1, "t", "((body))");
  final NotifyApiKey key =
      NotifyApiKey.parse(
          "k-53ff6253-f57d-46af-89ee-17c82a90f77e-d94c1f24-6a9d-4dcf-a90d-1099d89354c3");
  final Instant created = Instant.parse("2026-03-02T09:00:00.123456Z");
  final DeliveryTimeline timeline =
      new DeliveryTimeline(Duration.ofSeconds(1), Duration.ofSeconds(3));

  SmsNotification message(String reference) {
    return new SmsNotification(
        UUID.randomUUID(),
        key,
        "07700 900123",
        UkMobile.parse("07700 900123"),
        template,
        "Your appointment is at 09:40",
        reference,
        null,
        "GOVUK",
        DeliveryStatus.DELIVERED,
        created);
  }

  @Test
  void theClientReadsTheSendAnswer() {
    SmsNotification m = message("rem-1");
    SendSmsResponse r = new SendSmsResponse(NotificationJson.sent(m, BASE).toString());
    assertEquals(m.id(), r.getNotificationId());
    assertEquals(Optional.of("rem-1"), r.getReference());
    assertEquals("Your appointment is at 09:40", r.getBody());
    assertEquals(Optional.of("GOVUK"), r.getFromNumber());
    assertEquals(template.id(), r.getTemplateId());
    assertEquals(1, r.getTemplateVersion());
    assertEquals(BASE + "/v2/template/" + template.id(), r.getTemplateUri());
    assertEquals(
        Optional.empty(),
        new SendSmsResponse(NotificationJson.sent(message(null), BASE).toString()).getReference());
  }

  @Test
  void theClientReadsAMessageAndItsTimes() {
    SmsNotification m = message(null);
    var p = m.progress(timeline, created.plusSeconds(5));
    Notification n = new Notification(NotificationJson.notification(m, p, BASE).build().toString());
    assertEquals(m.id(), n.getId());
    assertEquals("sms", n.getNotificationType());
    assertEquals("delivered", n.getStatus());
    assertEquals(Optional.of("07700 900123"), n.getPhoneNumber());
    assertEquals(Optional.empty(), n.getReference());
    assertEquals(created, n.getCreatedAt().toInstant());
    assertEquals(created.plusSeconds(1), n.getSentAt().orElseThrow().toInstant());
    assertEquals(created.plusSeconds(3), n.getCompletedAt().orElseThrow().toInstant());
    assertEquals("Your appointment is at 09:40", n.getBody());
  }

  @Test
  void theClientReadsAPage() {
    SmsNotification m = message("r");
    var items =
        Json.createArrayBuilder()
            .add(NotificationJson.notification(m, m.progress(timeline, created), BASE));
    NotificationList list =
        new NotificationList(
            NotificationJson.list(items, BASE + "/v2/notifications", BASE + "/next").toString());
    assertEquals(1, list.getNotifications().size());
    assertEquals("created", list.getNotifications().get(0).getStatus());
    assertEquals(Optional.of(BASE + "/next"), list.getNextPageLink());
    NotificationList empty =
        new NotificationList(
            NotificationJson.list(Json.createArrayBuilder(), BASE + "/x", null).toString());
    assertTrue(empty.getNotifications().isEmpty());
    assertEquals(Optional.empty(), empty.getNextPageLink());
  }

  @Test
  void theClientReadsTheTemplate() {
    Template t = new Template(NotificationJson.template(template, created).toString());
    assertEquals(template.id(), t.getId());
    assertEquals("sms", t.getTemplateType());
    assertEquals("((body))", t.getBody());
    assertEquals(Optional.of(Map.of("body", Map.of("required", true))), t.getPersonalisation());
  }

  @Test
  void errorsHaveNotifysShape() {
    var json = NotificationJson.error(NotifyError.badRequest("Template not found"));
    assertEquals(
        "{\"status_code\":400,\"errors\":[{\"error\":\"BadRequestError\","
            + "\"message\":\"Template not found\"}]}",
        json.toString());
  }
}
