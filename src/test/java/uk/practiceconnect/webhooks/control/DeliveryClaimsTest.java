package uk.practiceconnect.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.inbox.control.Inbox;
import uk.practiceconnect.inbox.entity.InboxMessage;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.SealedSecret;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.webhooks.entity.DeliveryState;
import uk.practiceconnect.webhooks.entity.EndpointUrl;
import uk.practiceconnect.webhooks.entity.EventData;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;

/**
 * The outbox and the sender's bookkeeping on a real H2 with the migrations: an event is stored only
 * for endpoints that want it, a failed try is retried on the back-off timetable, and an endpoint
 * without a success for 24 hours is switched off, its practice told in its inbox, and audited.
 */
class DeliveryClaimsTest {

  static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(40);

  TestDatabase db;
  EntityManager em;
  WebhookOutbox outbox;
  DeliveryClaims claims;
  final List<String> notices = new ArrayList<>();
  Practice practice;
  WebhookEndpoint endpoint;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    outbox = new WebhookOutbox();
    outbox.em = em;
    outbox.clock = clock;
    claims = new DeliveryClaims();
    claims.em = em;
    claims.audit = TestDatabase.auditTrail(em, clock);
    claims.inbox =
        new Inbox() {
          @Override
          public InboxMessage post(Long practiceId, String sender, String subject, String body) {
            notices.add(subject + "\n" + body);
            return null;
          }
        };
    practice =
        inTransaction(
            em,
            () -> {
              var p = new Practice(OdsCode.of("A81040"), PracticeName.of("T"), T0);
              em.persist(p);
              var e =
                  new WebhookEndpoint(
                      p.id(),
                      EndpointUrl.of("http://127.0.0.1:9/in", true, EndpointUrl.DNS),
                      Set.of(EventType.BOOKING_CONFIRMED),
                      "test",
                      T0);
              e.sealSecret(new SealedSecret("k", "sealed"));
              em.persist(e);
              endpoint = e;
              return p;
            });
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  @Test
  void anEventIsStoredOnlyForEndpointsThatWantItsType() {
    inTransaction(
        em,
        () -> {
          outbox.record(practice.id(), EventType.BOOKING_CONFIRMED, EventData.with());
          outbox.record(practice.id(), EventType.INTEGRATION_BROKEN, EventData.with());
        });
    assertEquals(1L, count("select count(e) from WebhookEvent e"));
    assertEquals(1L, count("select count(d) from WebhookDelivery d"));
  }

  @Test
  void anEndpointFailingForTwentyFourHoursIsSwitchedOffAndThePracticeTold() {
    inTransaction(
        em, () -> outbox.record(practice.id(), EventType.BOOKING_CONFIRMED, EventData.with()));
    long id = inTransaction(em, () -> claims.claim(T0, 10, LEASE)).get(0).delivery().id();
    inTransaction(em, () -> claims.failed(id, 500, "Answered HTTP 500", T0));
    WebhookDelivery retry = reread(id);
    assertEquals(DeliveryState.PENDING, retry.state());
    assertEquals(T0.plusSeconds(5), retry.nextTryAt(), "the first retry 5 s later");
    assertTrue(em.find(WebhookEndpoint.class, endpoint.id()).enabled(), "not yet");

    Instant dayLater = T0.plus(Duration.ofHours(24));
    assertEquals(1, inTransaction(em, () -> claims.claim(dayLater, 10, LEASE)).size());
    inTransaction(em, () -> claims.failed(id, null, "No answer", dayLater));
    assertEquals(DeliveryState.FAILED, reread(id).state(), "given up after 24 hours");
    em.clear();
    WebhookEndpoint off = em.find(WebhookEndpoint.class, endpoint.id());
    assertFalse(off.enabled());
    assertTrue(off.disabledReason().orElseThrow().contains("no delivery succeeded"));
    assertEquals(1, notices.size(), notices::toString);
    assertTrue(notices.get(0).contains("http://127.0.0.1:9/in"), notices::toString);
    assertEquals(
        1L,
        count(
            "select count(a) from AuditEntry a where a.action = 'WEBHOOK_ENDPOINT_SWITCHED_OFF'"));
    assertTrue(inTransaction(em, () -> claims.claim(dayLater, 10, LEASE)).isEmpty());
  }

  private WebhookDelivery reread(long id) {
    em.clear();
    return em.find(WebhookDelivery.class, id);
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
