package uk.practiceconnect.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.practiceconnect.inbox.control.Inbox;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.webhooks.entity.BackOff;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;

/**
 * Every change of a delivery's state once queued, each in a short transaction of its own that
 * commits before (or after) the HTTP call, never around it. A claim takes due deliveries with
 * {@code FOR UPDATE SKIP LOCKED}, so the instances of a cluster share the work without waiting on
 * each other, and only the oldest unfinished delivery of each endpoint is ever due: a later event
 * to an endpoint waits while an earlier one is being retried, so each receiver hears a practice's
 * events in the order they happened.
 */
@ApplicationScoped
public class DeliveryClaims {

  /** The oldest due delivery of each endpoint that no other sender holds. */
  static final String CLAIM_SELECT =
      "select d.id from webhook_delivery d where d.state = 'PENDING' and d.next_try_at <= :now"
          + " and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id"
          + " and p.state in ('PENDING', 'SENDING') and p.id < d.id)"
          + " and exists (select 1 from webhook_endpoint e where e.id = d.endpoint_id"
          + " and e.enabled = true)"
          + " order by d.next_try_at, d.id limit :max for update skip locked";

  /** The same for one endpoint: its next event, once the one before it is done (index only). */
  static final String NEXT_OF_ENDPOINT =
      "select d.id from webhook_delivery d where d.endpoint_id = :endpoint and d.state = 'PENDING'"
          + " and d.next_try_at <= :now and not exists (select 1 from webhook_delivery p"
          + " where p.endpoint_id = d.endpoint_id and p.state in ('PENDING', 'SENDING')"
          + " and p.id < d.id) order by d.id limit 1 for update skip locked";

  static final String CLAIM_UPDATE =
      "update webhook_delivery set state = 'SENDING', lease_until = :until, tries = tries + 1,"
          + " last_try_at = :now where id in (:ids) and state = 'PENDING'";

  static final String DELIVERED =
      "update webhook_delivery set state = 'DELIVERED', delivered_at = :now, last_status ="
          + " :status, last_error = null, lease_until = null where id = :id and state = 'SENDING'";

  static final String RECOVER =
      "update webhook_delivery set state = 'PENDING', lease_until = null, next_try_at = :now"
          + " where state = 'SENDING' and lease_until < :now";

  /** Who the audit trail names for what the sender does by itself. */
  static final Caller SENDER =
      new Caller("webhook sender", Caller.Kind.PLATFORM_ADMIN, null, true, "webhook-sender");

  static final String NOTICE_SENDER = "Practice Connect";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK).withZone(UkTime.ZONE);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Inbox inbox;

  /** Up to {@code max} due deliveries, now SENDING under a lease, with event and endpoint. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Claimed> claim(Instant now, int max, Duration lease) {
    List<?> raw =
        em.createNativeQuery(CLAIM_SELECT)
            .setParameter("now", now)
            .setParameter("max", max)
            .getResultList();
    return take(raw, now, lease);
  }

  private List<Claimed> take(List<?> raw, Instant now, Duration lease) {
    if (raw.isEmpty()) {
      return List.of();
    }
    List<Long> ids = raw.stream().map(o -> ((Number) o).longValue()).toList();
    em.createNativeQuery(CLAIM_UPDATE)
        .setParameter("until", now.plus(lease))
        .setParameter("now", now)
        .setParameter("ids", ids)
        .executeUpdate();
    em.clear();
    return em.createQuery(
            "select d from WebhookDelivery d join fetch d.event where d.id in :ids"
                + " and d.state = :sending",
            WebhookDelivery.class)
        .setParameter("ids", ids)
        .setParameter("sending", uk.practiceconnect.webhooks.entity.DeliveryState.SENDING)
        .getResultStream()
        .map(d -> new Claimed(d, em.find(WebhookEndpoint.class, d.endpointId())))
        .toList();
  }

  /** A claimed delivery and where it goes. */
  public record Claimed(WebhookDelivery delivery, WebhookEndpoint endpoint) {}

  /**
   * A delivery was answered with a 2xx: recorded, and the endpoint's next due delivery claimed in
   * the same short transaction, so a sender working through an endpoint's queue commits once per
   * event rather than twice.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Claimed> deliveredThenNext(
      Claimed sent, int status, Instant now, Duration lease) {
    em.createNativeQuery(DELIVERED)
        .setParameter("now", now)
        .setParameter("status", status)
        .setParameter("id", sent.delivery().id())
        .executeUpdate();
    if (sent.endpoint().failingSince().isPresent()) {
      em.createNativeQuery("update webhook_endpoint set failing_since = null where id = :id")
          .setParameter("id", sent.endpoint().id())
          .executeUpdate();
    }
    List<?> raw =
        em.createNativeQuery(NEXT_OF_ENDPOINT)
            .setParameter("endpoint", sent.endpoint().id())
            .setParameter("now", now)
            .getResultList();
    return take(raw, now, lease).stream().findFirst();
  }

  /**
   * A try failed ({@code status} null when there was no answer): retried on {@link BackOff}'s
   * timetable, or failed for good after 24 hours. An endpoint that has not succeeded once in 24
   * hours is switched off, its waiting deliveries failed, and the practice told in its inbox.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long deliveryId, Integer status, String error, Instant now) {
    WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    if (d == null || d.state() != uk.practiceconnect.webhooks.entity.DeliveryState.SENDING) {
      return; // its lease ran out and someone else has it now
    }
    WebhookEndpoint e =
        em.find(WebhookEndpoint.class, d.endpointId(), LockModeType.PESSIMISTIC_WRITE);
    // removed or switched off while this try was under way: no more tries
    Optional<Instant> next =
        e.enabled() ? BackOff.next(d.queuedAt(), d.tries(), now) : Optional.empty();
    em.createNativeQuery(
            "update webhook_delivery set state = :state, next_try_at = :next, last_status ="
                + " :status, last_error = :error, lease_until = null where id = :id")
        .setParameter("state", next.isPresent() ? "PENDING" : "FAILED")
        .setParameter("next", next.orElse(d.nextTryAt()))
        .setParameter("status", status)
        .setParameter("error", clip(error))
        .setParameter("id", deliveryId)
        .executeUpdate();
    Instant since = e.failed(now);
    if (e.enabled() && !now.isBefore(since.plus(BackOff.GIVE_UP_AFTER))) {
      switchOff(e, since, now);
    }
  }

  private void switchOff(WebhookEndpoint e, Instant since, Instant now) {
    String reason =
        "Switched off on "
            + WHEN.format(now)
            + ": no delivery succeeded since "
            + WHEN.format(since)
            + " (UK time)";
    e.switchOff(reason);
    failWaiting(e.id(), "The endpoint was switched off after failing for 24 hours");
    Practice practice = em.find(Practice.class, e.practiceId());
    inbox.post(
        practice.id(),
        NOTICE_SENDER,
        "A webhook endpoint was switched off: " + e.url(),
        "Practice Connect has not been able to deliver events to "
            + e.url()
            + " since "
            + WHEN.format(since)
            + " (UK time), after retrying for 24 hours, so it has stopped sending to it.\n\n"
            + "What to do: ask whoever runs that system to check it is up and answering with a"
            + " 2xx status. Then open Webhooks, select Switch on, and resend the deliveries that"
            + " failed.");
    audit.record(
        SENDER,
        practice.id(),
        practice.odsCode().value(),
        "WEBHOOK_ENDPOINT_SWITCHED_OFF",
        "webhookEndpoint",
        e.publicId() + " " + e.url() + ": " + reason);
  }

  /** The endpoint's deliveries still waiting fail (it was switched off or removed). */
  @Transactional(TxType.MANDATORY)
  public int failWaiting(Long endpointId, String why) {
    return em.createNativeQuery(
            "update webhook_delivery set state = 'FAILED', last_error = :why, lease_until = null"
                + " where endpoint_id = :e and state = 'PENDING'")
        .setParameter("why", clip(why))
        .setParameter("e", endpointId)
        .executeUpdate();
  }

  /** Deliveries whose sender stopped (crash, stall past the lease) are due again: at least once. */
  @Transactional(TxType.REQUIRES_NEW)
  public int recoverExpiredLeases(Instant now) {
    return em.createNativeQuery(RECOVER).setParameter("now", now).executeUpdate();
  }

  static String clip(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 200);
  }
}
