package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;
import uk.gov.service.notify.TimedNotificationClient;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.control.LocalServer;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.TextReply;

/**
 * The Notify calls Practice Connect makes (send, look up, read status, read replies), through
 * GOV.UK Notify's official Java client, each answered as a {@link NotifyAnswer} or an empty
 * optional. The text is rendered by us, so the one template's body is {@code ((body))}. Never
 * throws for a Notify failure: the caller decides from the answer.
 */
@ApplicationScoped
public class NotifyGateway {

  @Inject SmsSettings settings;

  private volatile NotificationClient client;

  /**
   * Made at the first call, not at start-up: only once the server is up can Payara Micro say which
   * port it really listens on (see {@link LocalServer}).
   */
  private NotificationClient client() {
    if (!ready()) {
      throw new IllegalStateException("Notify's address is not known before the server is up");
    }
    return client;
  }

  /** True once the client exists, which needs the server's real port (see {@link LocalServer}). */
  public boolean ready() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          if (LocalServer.addressKnown()) {
            client =
                new TimedNotificationClient(
                    settings.apiKey(),
                    LocalServer.follow(settings.baseUrl()),
                    settings.connectTimeoutMs(),
                    settings.readTimeoutMs());
          }
        }
      }
    }
    return client != null;
  }

  public NotifyAnswer send(SmsMessage message) {
    try {
      SendSmsResponse r =
          client()
              .sendSms(
                  settings.templateId(),
                  message.to().value(),
                  Map.of("body", message.body()),
                  message.reference());
      return NotifyAnswer.accepted(r.getNotificationId().toString(), DeliveryStatus.CREATED);
    } catch (NotificationClientException e) {
      return failure(e);
    }
  }

  /** Did an earlier attempt reach Notify? Asks for texts with this (unique) reference. */
  public NotifyAnswer findByReference(String reference) {
    try {
      List<Notification> found =
          client().getNotifications(null, "sms", reference, null).getNotifications();
      if (found.isEmpty()) {
        return NotifyAnswer.notFound();
      }
      Notification n = found.get(0);
      return NotifyAnswer.accepted(n.getId().toString(), status(n));
    } catch (NotificationClientException e) {
      return failure(e);
    }
  }

  public NotifyAnswer status(String notifyId) {
    try {
      Notification n = client().getNotificationById(notifyId);
      return NotifyAnswer.accepted(n.getId().toString(), status(n));
    } catch (NotificationClientException e) {
      return e.getHttpResult() == 404 ? NotifyAnswer.notFound() : failure(e);
    }
  }

  /**
   * One page (newest first) of the texts phones sent to the service's number, older than the reply
   * with this id if given; empty when Notify did not answer (the next round asks again).
   */
  public Optional<List<TextReply>> replies(String olderThanId) {
    try {
      return Optional.of(
          client().getReceivedTextMessages(olderThanId).getReceivedTextMessages().stream()
              .map(
                  t ->
                      new TextReply(
                          t.getId().toString(),
                          MobileNumber.parse(t.getUserNumber()),
                          t.getContent(),
                          t.getCreatedAt().toInstant()))
              .toList());
    } catch (NotificationClientException e) {
      return Optional.empty();
    }
  }

  private static DeliveryStatus status(Notification n) {
    return DeliveryStatus.ofWire(n.getStatus()).orElse(DeliveryStatus.CREATED);
  }

  private static NotifyAnswer failure(NotificationClientException e) {
    // an I/O error or timeout leaves httpResult 0; the message then holds no answer body
    int status = e.getHttpResult();
    return NotifyAnswer.failure(status, status == 0 ? null : e.getMessage());
  }
}
