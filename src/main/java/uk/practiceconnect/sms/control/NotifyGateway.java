package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;
import uk.gov.service.notify.TimedNotificationClient;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.control.LocalServer;
import uk.practiceconnect.sms.entity.DeliveryStatus;
import uk.practiceconnect.sms.entity.NotifyService;
import uk.practiceconnect.sms.entity.SmsMessage;
import uk.practiceconnect.sms.entity.TextReply;

/**
 * The Notify calls Practice Connect makes (send, look up, read status, read replies), through
 * GOV.UK Notify's official Java client, each answered as a {@link NotifyAnswer} or an empty
 * optional. Each call names the {@link NotifyService} it is for (the platform's or a practice's
 * own); a client is kept per service and made again when its key changes. The text is rendered by
 * us, so each service's template body is {@code ((body))}. Never throws for a Notify failure: the
 * caller decides from the answer.
 */
@ApplicationScoped
public class NotifyGateway {

  @Inject SmsSettings settings;

  private record Client(String apiKey, NotificationClient client) {}

  private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();

  /**
   * Made at a service's first call, not at start-up: only once the server is up can Payara Micro
   * say which port it really listens on (see {@link LocalServer}).
   */
  NotificationClient client(NotifyService service) {
    if (!ready()) {
      throw new IllegalStateException("Notify's address is not known before the server is up");
    }
    return clients
        .compute(
            service.serviceId(),
            (id, known) ->
                known != null && known.apiKey().equals(service.apiKey())
                    ? known
                    : new Client(
                        service.apiKey(),
                        new TimedNotificationClient(
                            service.apiKey(),
                            LocalServer.follow(settings.baseUrl()),
                            settings.connectTimeoutMs(),
                            settings.readTimeoutMs())))
        .client();
  }

  /**
   * True once clients can be made, which needs the server's real port (see {@link LocalServer}).
   */
  public boolean ready() {
    return LocalServer.addressKnown();
  }

  public NotifyAnswer send(SmsMessage message, NotifyService service) {
    try {
      SendSmsResponse r =
          client(service)
              .sendSms(
                  service.templateId(),
                  message.to().value(),
                  Map.of("body", message.body()),
                  message.reference(),
                  service.smsSenderId().orElse(null));
      return NotifyAnswer.accepted(r.getNotificationId().toString(), DeliveryStatus.CREATED);
    } catch (NotificationClientException e) {
      return failure(e);
    }
  }

  /** Did an earlier attempt reach Notify? Asks for texts with this (unique) reference. */
  public NotifyAnswer findByReference(String reference, NotifyService service) {
    try {
      List<Notification> found =
          client(service).getNotifications(null, "sms", reference, null).getNotifications();
      if (found.isEmpty()) {
        return NotifyAnswer.notFound();
      }
      Notification n = found.get(0);
      return NotifyAnswer.accepted(n.getId().toString(), status(n));
    } catch (NotificationClientException e) {
      return failure(e);
    }
  }

  public NotifyAnswer status(String notifyId, NotifyService service) {
    try {
      Notification n = client(service).getNotificationById(notifyId);
      return NotifyAnswer.accepted(n.getId().toString(), status(n));
    } catch (NotificationClientException e) {
      return e.getHttpResult() == 404 ? NotifyAnswer.notFound() : failure(e);
    }
  }

  /**
   * One page (newest first) of the texts phones sent to the service's number, older than the reply
   * with this id if given; empty when Notify did not answer (the next round asks again).
   */
  public Optional<List<TextReply>> replies(NotifyService service, String olderThanId) {
    try {
      return Optional.of(
          client(service).getReceivedTextMessages(olderThanId).getReceivedTextMessages().stream()
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
