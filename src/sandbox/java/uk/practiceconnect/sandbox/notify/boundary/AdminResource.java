package uk.practiceconnect.sandbox.notify.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.control.DailyLimit;
import uk.practiceconnect.sandbox.notify.control.Faults;
import uk.practiceconnect.sandbox.notify.control.NotifyConfig;
import uk.practiceconnect.sandbox.notify.control.Outbox;
import uk.practiceconnect.sandbox.notify.control.RateLimiter;
import uk.practiceconnect.sandbox.notify.control.RateSettings;
import uk.practiceconnect.sandbox.notify.control.ReceivedTexts;
import uk.practiceconnect.sandbox.notify.entity.DeliveryStatus;
import uk.practiceconnect.sandbox.notify.entity.DeliveryTimeline;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.ReceivedText;
import uk.practiceconnect.sandbox.notify.entity.SmsNotification;
import uk.practiceconnect.sandbox.notify.entity.UkMobile;

/**
 * The test controls of the Notify sandbox (no Notify token; only there while the sandbox is on):
 * read and clear the outbox, force a status, inject failures, change the limits, text the service
 * back as a patient would. Faults and limits belong to the instance that is called; the outbox is
 * shared through the database.
 */
@Path("admin/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

  /** Most messages one listing returns; {@code messages/count} counts any number. */
  static final int DEFAULT_LIMIT = 10_000;

  @Inject Outbox outbox;
  @Inject Faults faults;
  @Inject RateLimiter rates;
  @Inject DailyLimit dailyLimit;
  @Inject NotifyConfig config;
  @Inject ReceivedTexts received;

  /**
   * One message as tests read it: the service is the one whose key signed the request (the JWT's
   * {@code iss}), so a test sees which Notify service a text went through.
   */
  public record MessageJson(
      UUID id,
      String phoneNumber,
      String normalisedPhoneNumber,
      String reference,
      String body,
      String status,
      Instant createdAt,
      Instant sentAt,
      Instant completedAt,
      UUID templateId,
      UUID serviceId,
      UUID smsSenderId,
      String keyType) {}

  public record CountJson(long count) {}

  public record StatusJson(String status) {}

  public record FaultsJson(Integer status, Integer count) {}

  public record SettingsJson(Integer ratePerMinute, Integer burst, Long dailyLimit) {}

  @GET
  @Path("messages")
  public List<MessageJson> messages(
      @QueryParam("phoneNumber") String phone,
      @QueryParam("reference") String reference,
      @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) int limit) {
    if (limit < 1) {
      throw AdminProblem.badRequest("limit must be at least 1");
    }
    Instant now = Clock.systemUTC().instant();
    return outbox.matching(normalised(phone), blankToNull(reference), limit).stream()
        .map(m -> json(m, now))
        .toList();
  }

  @GET
  @Path("messages/count")
  public CountJson count(
      @QueryParam("phoneNumber") String phone, @QueryParam("reference") String reference) {
    return new CountJson(outbox.count(normalised(phone), blankToNull(reference)));
  }

  @GET
  @Path("messages/{id}")
  public MessageJson message(@PathParam("id") String id) {
    return outbox
        .find(uuid(id))
        .map(m -> json(m, Clock.systemUTC().instant()))
        .orElseThrow(() -> AdminProblem.notFound("No message with this id"));
  }

  /** Empties the outbox (of every instance: it is one table) and this instance's day count. */
  @DELETE
  @Path("messages")
  public void clear() {
    outbox.clear();
    dailyLimit.reset();
  }

  @POST
  @Path("messages/{id}/status")
  public MessageJson force(@PathParam("id") String id, StatusJson body) {
    String wanted = body == null ? null : body.status();
    DeliveryStatus status =
        DeliveryStatus.ofWire(wanted)
            .orElseThrow(
                () ->
                    AdminProblem.badRequest(
                        "status must be one of Notify's text statuses, e.g. delivered,"
                            + " permanent-failure, temporary-failure, technical-failure"));
    // microseconds, as the database keeps them
    Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS);
    return outbox
        .force(uuid(id), status, now)
        .map(m -> json(m, now))
        .orElseThrow(() -> AdminProblem.notFound("No message with this id"));
  }

  /** A text a phone sends to the service's number; {@code serviceId} left out: the first key's. */
  public record ReplyJson(String phoneNumber, String content, UUID serviceId) {}

  /** What the phone sent, as stored. */
  public record ReceivedJson(UUID id, String userNumber, String content, Instant createdAt) {}

  /** Plays a patient texting the service back, e.g. "STOP" to a reminder. */
  @POST
  @Path("received-text-messages")
  public Response receive(ReplyJson body) {
    if (body == null || body.content() == null || body.content().isBlank()) {
      throw AdminProblem.badRequest(
          "Send {\"phoneNumber\": \"07700 900123\", \"content\": \"STOP\"}");
    }
    UkMobile from;
    try {
      from = UkMobile.parse(body.phoneNumber());
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest("phoneNumber: " + e.getMessage());
    }
    UUID service =
        body.serviceId() != null
            ? body.serviceId()
            : config.apiKeys().stream()
                .findFirst()
                .map(NotifyApiKey::serviceId)
                .orElseThrow(
                    () -> AdminProblem.badRequest("The sandbox has no API key, so no service"));
    ReceivedText text =
        new ReceivedText(
            service,
            from,
            ReceivedTexts.INBOUND_NUMBER,
            body.content(),
            Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS));
    received.store(text);
    return Response.status(201)
        .entity(new ReceivedJson(text.id(), text.userNumber(), text.content(), text.createdAt()))
        .build();
  }

  @GET
  @Path("faults")
  public FaultsJson faults() {
    return new FaultsJson(faults.status(), faults.remaining());
  }

  @PUT
  @Path("faults")
  public FaultsJson injectFaults(FaultsJson body) {
    if (body == null || body.status() == null || body.count() == null) {
      throw AdminProblem.badRequest("Send {\"status\": 429|500|503, \"count\": n}");
    }
    try {
      faults.arm(body.status(), body.count());
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest(e.getMessage());
    }
    return faults();
  }

  @DELETE
  @Path("faults")
  public void clearFaults() {
    faults.clear();
  }

  @GET
  @Path("settings")
  public SettingsJson settings() {
    RateSettings s = rates.settings();
    return new SettingsJson(s.perMinute(), s.burst(), s.dailyLimit());
  }

  /** Changes the limits of this instance at once; a field left out keeps its value. */
  @PUT
  @Path("settings")
  public SettingsJson changeSettings(SettingsJson body) {
    if (body == null) {
      throw AdminProblem.badRequest("Send {\"ratePerMinute\": n, \"burst\": n, \"dailyLimit\": n}");
    }
    RateSettings now = rates.settings();
    try {
      rates.change(
          new RateSettings(
              body.ratePerMinute() == null ? now.perMinute() : body.ratePerMinute(),
              body.burst() == null ? now.burst() : body.burst(),
              body.dailyLimit() == null ? now.dailyLimit() : body.dailyLimit()));
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest(e.getMessage());
    }
    return settings();
  }

  private MessageJson json(SmsNotification m, Instant now) {
    DeliveryTimeline.Progress p = m.progress(config.timeline(), now);
    return new MessageJson(
        m.id(),
        m.phoneNumber(),
        "+" + m.normalisedPhone(),
        m.reference(),
        m.body(),
        p.status().wire(),
        m.createdAt(),
        p.sentAt(),
        p.completedAt(),
        m.templateId(),
        m.serviceId(),
        m.smsSenderId(),
        m.keyType().name());
  }

  private static String normalised(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    try {
      return UkMobile.parse(phone).normalised();
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest("phoneNumber: " + e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static UUID uuid(String id) {
    if (!NotifyApiKey.isUuid(id)) {
      throw AdminProblem.notFound("No message with this id");
    }
    return UUID.fromString(id);
  }
}
