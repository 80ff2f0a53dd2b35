package uk.practiceconnect.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.Validation;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.webhooks.entity.DeliveryState;
import uk.practiceconnect.webhooks.entity.EndpointUrl;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;
import uk.practiceconnect.webhooks.entity.WebhookSecret;

/**
 * A practice's webhook endpoints: registering one (its secret is returned once, then held only
 * sealed), removing, rotating the secret, switching a switched-off one back on, listing deliveries
 * and resending one. Every change is audited with who and when. The caller passes a practice it may
 * change (the boundary checks that), so these only check the endpoint belongs to it.
 */
@ApplicationScoped
public class WebhookEndpoints {

  /** How many endpoints a practice may have: each receives every event it asks for. */
  public static final int MAX_PER_PRACTICE = 10;

  /** How many deliveries a listing shows: the newest. */
  public static final int DELIVERIES_PAGE = 50;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject CredentialCipher cipher;
  @Inject WebhookSettings settings;
  @Inject DeliveryClaims claims;
  @Inject Clock clock;

  /** An endpoint with its secret: the only time the secret is seen. */
  public record WithSecret(WebhookEndpoint endpoint, WebhookSecret secret) {}

  @Transactional
  public WithSecret register(
      Caller caller, Practice practice, String rawUrl, Collection<String> rawEvents) {
    var v = new Validation();
    EndpointUrl url =
        v.field(
            "url", rawUrl, s -> EndpointUrl.of(s, settings.allowHttpLoopback(), EndpointUrl.DNS));
    Set<EventType> events = events(v, rawEvents);
    v.throwIfInvalid();
    List<WebhookEndpoint> existing = list(practice);
    if (existing.size() >= MAX_PER_PRACTICE) {
      throw new DomainException(
          ErrorCode.UNPROCESSABLE,
          "A practice can have at most " + MAX_PER_PRACTICE + " webhook endpoints");
    }
    if (existing.stream().anyMatch(e -> e.url().equals(url.value()))) {
      throw new DomainException(
          ErrorCode.CONFLICT,
          "This address is registered already: change its events by removing it and adding it"
              + " again",
          List.of(new uk.practiceconnect.platform.entity.FieldError("url", "Registered already")));
    }
    Instant now = clock.instant();
    WebhookEndpoint e = new WebhookEndpoint(practice.id(), url, events, caller.name(), now);
    WebhookSecret secret = WebhookSecret.generate();
    e.sealSecret(cipher.seal(secret.value().toCharArray(), e.secretContext()));
    em.persist(e);
    audit(
        caller,
        practice,
        "WEBHOOK_ENDPOINT_ADDED",
        e.publicId() + " " + e.url() + " for " + wires(events));
    return new WithSecret(e, secret);
  }

  static Set<EventType> events(Validation v, Collection<String> raw) {
    Set<EventType> events = EnumSet.noneOf(EventType.class);
    if (raw == null || raw.isEmpty()) {
      v.reject("events", "Choose at least one event");
      return events;
    }
    for (String s : raw) {
      var type = EventType.fromWire(s);
      if (type.isEmpty()) {
        v.reject(
            "events",
            "Unknown event \""
                + (s == null ? "" : s.strip())
                + "\": the events are "
                + wires(EnumSet.allOf(EventType.class)));
        return events;
      }
      events.add(type.get());
    }
    return events;
  }

  static String wires(Set<EventType> events) {
    return events.stream().map(EventType::wire).collect(Collectors.joining(", "));
  }

  public List<WebhookEndpoint> list(Practice practice) {
    return em.createNamedQuery(WebhookEndpoint.OF_PRACTICE, WebhookEndpoint.class)
        .setParameter("practice", practice.id())
        .getResultList();
  }

  public WebhookEndpoint find(Practice practice, String publicId) {
    return em.createNamedQuery(WebhookEndpoint.BY_PUBLIC_ID, WebhookEndpoint.class)
        .setParameter("practice", practice.id())
        .setParameter("id", publicId == null ? "" : publicId.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("There is no webhook endpoint " + publicId + " here"));
  }

  private WebhookEndpoint locked(Practice practice, String publicId) {
    return em.find(
        WebhookEndpoint.class, find(practice, publicId).id(), LockModeType.PESSIMISTIC_WRITE);
  }

  /** Removed: nothing more is sent to it, deliveries still waiting fail. */
  @Transactional
  public WebhookEndpoint remove(Caller caller, Practice practice, String publicId) {
    WebhookEndpoint e = locked(practice, publicId);
    e.remove(clock.instant());
    claims.failWaiting(e.id(), "The endpoint was removed");
    audit(caller, practice, "WEBHOOK_ENDPOINT_REMOVED", e.publicId() + " " + e.url());
    return e;
  }

  /** A new secret, returned once; the old one keeps signing beside it for a day. */
  @Transactional
  public WithSecret rotate(Caller caller, Practice practice, String publicId) {
    WebhookEndpoint e = locked(practice, publicId);
    WebhookSecret secret = WebhookSecret.generate();
    Instant until = clock.instant().plus(settings.oldSecretSigns());
    e.rotate(cipher.seal(secret.value().toCharArray(), e.secretContext()), until);
    audit(
        caller,
        practice,
        "WEBHOOK_SECRET_ROTATED",
        e.publicId() + " " + e.url() + ": the old secret signs too until " + until);
    return new WithSecret(e, secret);
  }

  /** A switched-off endpoint is sent events again (from the next one on). */
  @Transactional
  public WebhookEndpoint switchOn(Caller caller, Practice practice, String publicId) {
    WebhookEndpoint e = locked(practice, publicId);
    if (e.switchOn()) {
      audit(caller, practice, "WEBHOOK_ENDPOINT_SWITCHED_ON", e.publicId() + " " + e.url());
    }
    return e;
  }

  public List<WebhookDelivery> deliveries(Practice practice, String publicId) {
    WebhookEndpoint e = find(practice, publicId);
    return em.createQuery(
            "select d from WebhookDelivery d join fetch d.event where d.endpointId = :e"
                + " order by d.id desc",
            WebhookDelivery.class)
        .setParameter("e", e.id())
        .setMaxResults(DELIVERIES_PAGE)
        .getResultList();
  }

  /** Queues a delivery again at once, with a fresh 24 hours of retries. */
  @Transactional
  public WebhookDelivery resend(
      Caller caller, Practice practice, String publicId, long deliveryId) {
    WebhookEndpoint e = find(practice, publicId);
    WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    if (d == null || !d.endpointId().equals(e.id())) {
      throw DomainException.notFound("There is no delivery " + deliveryId + " to this endpoint");
    }
    if (!e.enabled()) {
      throw new DomainException(
          ErrorCode.CONFLICT, "The endpoint is switched off: switch it on first, then resend");
    }
    if (!d.resend(clock.instant())) {
      throw new DomainException(
          ErrorCode.CONFLICT, "This delivery is still on its way: it cannot be resent yet");
    }
    audit(
        caller,
        practice,
        "WEBHOOK_DELIVERY_RESENT",
        e.publicId() + " " + d.event().type().wire() + " " + d.event().messageId());
    return d;
  }

  /** The state a delivery shows: switched-off endpoints' waiting ones are failed already. */
  public static boolean finished(WebhookDelivery d) {
    return d.state() == DeliveryState.DELIVERED || d.state() == DeliveryState.FAILED;
  }

  private void audit(Caller caller, Practice practice, String action, String detail) {
    audit.record(
        caller, practice.id(), practice.odsCode().value(), action, "webhookEndpoint", detail);
  }
}
