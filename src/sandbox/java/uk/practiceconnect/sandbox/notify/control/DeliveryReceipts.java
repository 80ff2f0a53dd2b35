package uk.practiceconnect.sandbox.notify.control;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;

/**
 * Notify's delivery receipts: when a message reaches its final status, its status is POSTed to
 * {@code sandbox.notify.callback-url} with {@code Authorization: Bearer <callback-token>}, in
 * Notify's callback shape. Off unless a URL is configured. Each receipt is claimed in the database
 * first, so several instances send it once; a receipt that fails is not retried.
 */
@ApplicationScoped
public class DeliveryReceipts {

  private static final Logger LOG = Logger.getLogger(DeliveryReceipts.class.getName());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService executor;
  @Inject NotifyConfig config;
  @Inject Outbox outbox;

  private HttpClient http;
  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (config.callbackUrl().isEmpty()) {
      return;
    }
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    task = executor.scheduleWithFixedDelay(this::sendDue, 1, 1, TimeUnit.SECONDS);
    LOG.info("Notify sandbox: delivery receipts on");
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void sendDue() {
    try {
      Instant now = Clock.systemUTC().instant();
      for (SmsNotification m : outbox.receiptsDue(now, BATCH)) {
        if (outbox.claimReceipt(m.id(), now)) {
          post(m, m.progress(config.timeline(), now));
        }
      }
    } catch (RuntimeException e) {
      // a failing tick must not cancel the schedule
      LOG.log(
          Level.WARNING, "Notify sandbox: delivery receipts failed: {0}", e.getClass().getName());
    }
  }

  private void post(SmsNotification m, DeliveryTimeline.Progress p) {
    JsonObjectBuilder receipt =
        JSON.createObjectBuilder()
            .add("id", m.id().toString())
            .add("to", m.phoneNumber())
            .add("status", p.status().wire())
            .add("created_at", TIME.format(m.createdAt()))
            .add("notification_type", "sms")
            .add("template_id", m.templateId().toString())
            .add("template_version", m.templateVersion());
    if (m.reference() == null) {
      receipt.addNull("reference");
    } else {
      receipt.add("reference", m.reference());
    }
    time(receipt, "sent_at", p.sentAt());
    time(receipt, "completed_at", p.completedAt());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(config.callbackUrl().orElseThrow()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(receipt.build().toString()));
    config.callbackToken().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 300) {
        LOG.warning(() -> "Notify sandbox: delivery receipt " + m.id() + " answered " + status);
      }
    } catch (IOException e) {
      LOG.warning(() -> "Notify sandbox: delivery receipt " + m.id() + " failed: " + e.getClass());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void time(JsonObjectBuilder b, String name, Instant t) {
    if (t == null) {
      b.addNull(name);
    } else {
      b.add(name, TIME.format(t));
    }
  }
}
