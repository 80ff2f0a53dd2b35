package uk.practiceconnect.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.api.entity.Access;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.testing.FakeTransactions;

/** Issuing, registering and revoking keys against a real (in-memory) database. */
class ApiKeysStoreTest {

  static final Caller DESK = new Caller("support.desk", Caller.Kind.PLATFORM_ADMIN, null, true);
  static final Caller SETUP = new Caller("demo-setup", Caller.Kind.PLATFORM_ADMIN, null, true);

  TestDatabase db;
  EntityManager request1;
  EntityManager request2;
  final AtomicReference<EntityManager> current = new AtomicReference<>();
  final FakeTransactions transactions = new FakeTransactions();
  ApiKeys keys;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    request1 = db.newEntityManager();
    request2 = db.newEntityManager();
    current.set(request1);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    keys = new ApiKeys();
    keys.em = TestDatabase.switching(current::get);
    keys.clock = clock;
    keys.audit = TestDatabase.auditTrail(keys.em, clock);
    keys.transactions = transactions;
    keys.init();
  }

  @AfterEach
  void tearDown() {
    request1.close();
    request2.close();
    db.close();
  }

  private Practice practice(String ods) {
    return inTransaction(
        request1,
        () -> {
          var p = new Practice(OdsCode.of(ods), PracticeName.of("Test " + ods), Instant.now());
          request1.persist(p);
          return p;
        });
  }

  private ApiKey revoke(long id) {
    ApiKey revoked = inTransaction(request1, () -> keys.revoke(DESK, id));
    transactions.committed();
    return revoked;
  }

  @Test
  void aRevokedDemoKeyStaysRevokedWhenTheDemoStartsAgain() {
    ApiKey first =
        inTransaction(
            request1,
            () -> keys.register(SETUP, "Demo: all practices", "demo-key", null, Access.READ_WRITE));
    revoke(first.id());

    ApiKey again =
        inTransaction(
            request1,
            () -> keys.register(SETUP, "Demo: all practices", "demo-key", null, Access.READ_WRITE));

    assertEquals(first.id(), again.id());
    assertFalse(again.isActive());
    assertTrue(keys.authenticate("demo-key").isEmpty());
    assertEquals(1, keys.all().size());
  }

  @Test
  void aKeyRevokedIsRefusedAtOnceEvenIfReadJustBeforeTheCommit() {
    ApiKeys.Issued revoked =
        inTransaction(request1, () -> keys.issue(DESK, "Trust EPR", null, Access.READ));
    ApiKeys.Issued other =
        inTransaction(request1, () -> keys.issue(DESK, "Other", null, Access.READ));
    request1.getTransaction().begin();
    keys.revoke(DESK, revoked.key().id());
    request1.flush();

    // another request checks the key between the revocation and its commit: still active there
    current.set(request2);
    assertTrue(keys.authenticate(revoked.value()).isPresent());

    current.set(request1);
    request1.getTransaction().commit();
    transactions.committed();

    current.set(request2);
    request2.clear();
    assertTrue(keys.authenticate(revoked.value()).isEmpty(), "the revoked key still works");
    assertTrue(keys.authenticate(other.value()).isPresent(), "another key stopped working");
  }

  @Test
  void revokingAPracticeKeyNamesThePracticeInTheAuditTrail() {
    Practice practice = practice("A81005");
    ApiKey key =
        inTransaction(request1, () -> keys.issue(DESK, "Reader", practice, Access.READ)).key();
    revoke(key.id());

    AuditEntry entry =
        request1
            .createQuery(
                "select a from AuditEntry a where a.action = 'API_KEY_REVOKED'", AuditEntry.class)
            .getSingleResult();
    assertEquals("A81005", entry.odsCode());
    assertEquals(practice.id(), entry.practiceId());
    assertEquals("support.desk", entry.actor());
  }
}
