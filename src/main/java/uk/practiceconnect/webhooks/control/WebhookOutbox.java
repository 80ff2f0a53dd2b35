package uk.practiceconnect.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.webhooks.entity.EventBody;
import uk.practiceconnect.webhooks.entity.EventData;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;
import uk.practiceconnect.webhooks.entity.WebhookEvent;

/**
 * What features call when something happens that a practice's systems may want to hear about. It
 * must run inside the transaction of the change: the event and its deliveries (one per endpoint of
 * the practice that wants this type) are stored with the change or not at all. Nothing is sent
 * here; the sender picks the deliveries up after the commit, on its own threads.
 */
@ApplicationScoped
public class WebhookOutbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public void record(Long practiceId, EventType type, EventData data) {
    record(practiceId, type, data, clock.instant());
  }

  @Transactional(TxType.MANDATORY)
  public void record(Long practiceId, EventType type, EventData data, Instant occurredAt) {
    List<WebhookEndpoint> wanting =
        em.createNamedQuery(WebhookEndpoint.OF_PRACTICE, WebhookEndpoint.class)
            .setParameter("practice", practiceId)
            .getResultStream()
            .filter(e -> e.wants(type))
            .toList();
    if (wanting.isEmpty()) {
      return; // nobody listens: no event to keep
    }
    WebhookEvent event =
        new WebhookEvent(
            practiceId, type, occurredAt, EventBody.of(type, occurredAt, data.build()));
    em.persist(event);
    Instant now = clock.instant();
    for (WebhookEndpoint e : wanting) {
      em.persist(new WebhookDelivery(event, e.id(), now));
    }
  }
}
