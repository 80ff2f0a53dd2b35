package uk.practiceconnect.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.NotificationClient;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.sms.entity.NotifyService;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.SmsPurpose;

/** Each text goes to Notify as the service it is for: that service's key, template and sender. */
class NotifyGatewayTest {

  static final String PLATFORM_ID = "53ff6253-f57d-46af-89ee-17c82a90f77e";
  static final String OWN_ID = "72b387cf-b452-4d7f-8f6d-1e644919d873";
  static final NotifyService PLATFORM =
      new NotifyService(
          PLATFORM_ID,
          "platform-" + PLATFORM_ID + "-d94c1f24-6a9d-4dcf-a90d-1099d89354c3",
          "e5715007-42ab-4b03-bc2e-e66e2be2c1a3",
          Optional.empty(),
          true);
  static final NotifyService OWN =
      new NotifyService(
          OWN_ID,
          "own-" + OWN_ID + "-d89e6195-db80-4aad-8377-dac3c5bf67c3",
          "3d240630-b145-4e1e-979b-cad7bd8687cc",
          Optional.of("0c6f2d0e-3b1a-4e3f-9d1c-5a7b8c9d0e1f"),
          false);

  /** What the stand-in saw: the JWT's issuer (the service) and the JSON sent. */
  record Seen(String issuer, JSONObject body) {}

  HttpServer notify;
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  NotifyGateway gateway;

  @BeforeEach
  void start() throws IOException {
    notify = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    notify.createContext(
        "/v2/notifications/sms",
        exchange -> {
          String jwt = exchange.getRequestHeaders().getFirst("Authorization").substring(7);
          String claims =
              new String(
                  Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          seen.add(new Seen(new JSONObject(claims).getString("iss"), new JSONObject(body)));
          byte[] answer =
              new JSONObject()
                  .put("id", UUID.randomUUID().toString())
                  .put("reference", JSONObject.NULL)
                  .put("content", new JSONObject().put("body", "hello").put("from_number", "GOVUK"))
                  .put("uri", "http://x/v2/notifications/1")
                  .put(
                      "template",
                      new JSONObject()
                          .put("id", UUID.randomUUID().toString())
                          .put("version", 1)
                          .put("uri", "http://x/t"))
                  .toString()
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(201, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    notify.start();
    SmsSettings settings = new SmsSettings();
    settings.baseUrl = "http://127.0.0.1:" + notify.getAddress().getPort();
    settings.connectTimeoutMs = 2000;
    settings.readTimeoutMs = 5000;
    gateway = new NotifyGateway();
    gateway.settings = settings;
  }

  @AfterEach
  void stop() {
    notify.stop(0);
  }

  @Test
  void keepsOneClientPerServiceAndMakesItAgainWhenTheKeyChanges() {
    NotificationClient platform = gateway.client(PLATFORM);
    NotificationClient own = gateway.client(OWN);
    assertEquals(PLATFORM_ID, platform.getServiceId());
    assertEquals(OWN_ID, own.getServiceId());
    assertSame(platform, gateway.client(PLATFORM));
    NotifyService newKey =
        new NotifyService(
            OWN_ID,
            "own-rotated-" + OWN_ID + "-0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f",
            OWN.templateId(),
            Optional.empty(),
            false);
    NotificationClient rotated = gateway.client(newKey);
    assertNotSame(own, rotated);
    assertEquals("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", rotated.getApiKey());
  }

  @Test
  void sendsEachTextAsItsServiceWithThatServicesTemplateAndSender() {
    SmsMessage text =
        SmsMessage.queue(
            1L,
            MobileNumber.parse("07700 900123").orElseThrow(),
            "Your appointment is tomorrow",
            SmsPurpose.REMINDER,
            "test:1",
            null,
            java.time.Instant.now());
    assertEquals(NotifyAnswer.Kind.ACCEPTED, gateway.send(text, OWN).kind());
    assertEquals(NotifyAnswer.Kind.ACCEPTED, gateway.send(text, PLATFORM).kind());

    assertEquals(2, seen.size());
    Seen own = seen.get(0);
    assertEquals(OWN_ID, own.issuer());
    assertEquals(OWN.templateId(), own.body().getString("template_id"));
    assertEquals(OWN.smsSenderId().orElseThrow(), own.body().getString("sms_sender_id"));
    assertEquals(
        "Your appointment is tomorrow", own.body().getJSONObject("personalisation").get("body"));
    Seen platform = seen.get(1);
    assertEquals(PLATFORM_ID, platform.issuer());
    assertEquals(PLATFORM.templateId(), platform.body().getString("template_id"));
    assertFalse(platform.body().has("sms_sender_id"), "the platform's default sender");
    assertTrue(gateway.ready());
  }
}
