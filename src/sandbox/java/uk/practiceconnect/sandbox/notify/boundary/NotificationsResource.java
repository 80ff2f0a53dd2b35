package uk.practiceconnect.sandbox.notify.boundary;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.control.ApiKeys;
import uk.practiceconnect.sandbox.notify.control.NotifyConfig;
import uk.practiceconnect.sandbox.notify.control.Outbox;
import uk.practiceconnect.sandbox.notify.control.ReceivedTexts;
import uk.practiceconnect.sandbox.notify.control.SmsSender;
import uk.practiceconnect.sandbox.notify.control.Templates;
import uk.practiceconnect.sandbox.notify.entity.DeliveryStatus;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;
import uk.practiceconnect.sandbox.notify.entity.ReceivedText;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;

/**
 * GOV.UK Notify's v2 API for text messages, as the official clients call it: send, read one, read a
 * page, read the template, read the texts phones sent back. Every call needs a bearer JWT made from
 * one of the sandbox's keys.
 */
@Path("v2")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  /** Notify's page size for {@code GET /v2/notifications}. */
  static final int PAGE_SIZE = 250;

  private static final List<String> TEMPLATE_TYPES = List.of("sms", "email", "letter");

  @Inject ApiKeys keys;
  @Inject SmsSender sender;
  @Inject Outbox outbox;
  @Inject Templates templates;
  @Inject NotifyConfig config;
  @Inject ReceivedTexts received;

  @Context UriInfo uri;

  @POST
  @Path("notifications/sms")
  public Response sendSms(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, String body) {
    NotifyApiKey key = keys.authenticate(auth);
    SmsNotification sent = sender.send(key, SmsRequestJson.parse(body));
    return Response.status(201).entity(NotificationJson.sent(sent, base()).toString()).build();
  }

  @GET
  @Path("notifications/{id}")
  public String notification(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("id") String id) {
    NotifyApiKey key = keys.authenticate(auth);
    UUID notificationId = uuid(id, "notification_id");
    SmsNotification m =
        outbox
            .find(notificationId)
            .filter(n -> n.serviceId().equals(key.serviceId()))
            .orElseThrow(NotifyError::noResult);
    return NotificationJson.notification(m, m.progress(config.timeline(), now()), base())
        .build()
        .toString();
  }

  @GET
  @Path("notifications")
  public String notifications(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
      @QueryParam("status") List<String> statuses,
      @QueryParam("template_type") String templateType,
      @QueryParam("reference") String reference,
      @QueryParam("older_than") String olderThan) {
    NotifyApiKey key = keys.authenticate(auth);
    List<String> errors = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (String s : statuses) {
      if (DeliveryStatus.FILTER_NAMES.contains(s)) {
        wanted.addAll(DeliveryStatus.expandFilter(s));
      } else {
        errors.add(s + " is not one of " + DeliveryStatus.FILTER_NAMES);
      }
    }
    if (templateType != null && !TEMPLATE_TYPES.contains(templateType)) {
      errors.add(templateType + " is not one of [sms, email, letter]");
    }
    UUID older = null;
    if (olderThan != null && !olderThan.isEmpty()) {
      if (NotifyApiKey.isUuid(olderThan)) {
        older = UUID.fromString(olderThan);
      } else {
        errors.add("older_than is not a valid UUID");
      }
    }
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    Instant now = now();
    List<SmsNotification> page = List.of();
    boolean onlyOtherTypes = templateType != null && !templateType.equals("sms");
    Instant olderThanTime =
        older == null
            ? null
            : outbox
                .find(older)
                .filter(n -> n.serviceId().equals(key.serviceId()))
                .map(SmsNotification::createdAt)
                .orElse(null);
    // an older_than the service does not know yields nothing, as in Notify
    if (!onlyOtherTypes && (older == null || olderThanTime != null)) {
      page =
          outbox.page(
              key.serviceId(),
              key.type(),
              wanted,
              reference == null || reference.isEmpty() ? null : reference,
              olderThanTime,
              now,
              PAGE_SIZE);
    }
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.forEach(
        m ->
            items.add(
                NotificationJson.notification(m, m.progress(config.timeline(), now), base())));
    String next =
        page.isEmpty()
            ? null
            : link(statuses, templateType, reference, page.get(page.size() - 1).id());
    return NotificationJson.list(items, link(statuses, templateType, reference, older), next)
        .toString();
  }

  /** Texts sent to the service's number, newest first, a page at a time, as Notify lists them. */
  @GET
  @Path("received-text-messages")
  public String receivedTexts(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
      @QueryParam("older_than") String olderThan) {
    NotifyApiKey key = keys.authenticate(auth);
    UUID older = null;
    if (olderThan != null && !olderThan.isEmpty()) {
      older = uuid(olderThan, "older_than");
    }
    Instant olderThanTime =
        older == null
            ? null
            : received
                .find(older)
                .filter(t -> t.serviceId().equals(key.serviceId()))
                .map(ReceivedText::createdAt)
                .orElse(null);
    List<ReceivedText> page =
        older != null && olderThanTime == null
            ? List.of() // an id the service does not know yields nothing, as in Notify
            : received.page(key.serviceId(), olderThanTime, now(), PAGE_SIZE);
    String path = "v2/received-text-messages";
    return NotificationJson.receivedList(
            page,
            pageLink(path, older),
            page.isEmpty() ? null : pageLink(path, page.get(page.size() - 1).id()))
        .toString();
  }

  private String pageLink(String path, UUID olderThan) {
    var b = uri.getBaseUriBuilder().path(path);
    if (olderThan != null) {
      b.queryParam("older_than", olderThan);
    }
    return b.build().toString();
  }

  @GET
  @Path("template/{id}")
  public String template(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("id") String id) {
    keys.authenticate(auth);
    SmsTemplate t = templates.find(uuid(id, "template_id")).orElseThrow(NotifyError::noResult);
    return NotificationJson.template(t, templates.createdAt()).toString();
  }

  private String link(List<String> statuses, String type, String reference, UUID olderThan) {
    var b = uri.getBaseUriBuilder().path("v2/notifications");
    statuses.forEach(s -> b.queryParam("status", s));
    if (type != null) {
      b.queryParam("template_type", type);
    }
    if (reference != null && !reference.isEmpty()) {
      b.queryParam("reference", reference);
    }
    if (olderThan != null) {
      b.queryParam("older_than", olderThan);
    }
    return b.build().toString();
  }

  private String base() {
    String b = uri.getBaseUri().toString();
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  private static UUID uuid(String text, String name) {
    if (!NotifyApiKey.isUuid(text)) {
      throw NotifyError.validation(name + " is not a valid UUID");
    }
    return UUID.fromString(text);
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
