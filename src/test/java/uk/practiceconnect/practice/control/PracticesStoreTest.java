package uk.practiceconnect.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;

/** Adding practices against a real (in-memory) database. */
class PracticesStoreTest {

  static final Caller DESK = new Caller("support.desk", Caller.Kind.PLATFORM_ADMIN, null, true);
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  TestDatabase db;
  EntityManager em;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  private Practices practices(Practices p) {
    p.em = em;
    p.clock = clock;
    p.audit = TestDatabase.auditTrail(em, clock);
    p.init();
    return p;
  }

  @Test
  void anOdsCodeAddedAtTheSameMomentIsAConflictOnTheField() {
    inTransaction(em, () -> practices(new Practices()).create(DESK, "A81020", "First"));
    // the second request looked before the first one's insert was committed
    Practices racing =
        practices(
            new Practices() {
              @Override
              public Optional<Practice> find(OdsCode ods) {
                return Optional.empty();
              }
            });

    var e =
        assertThrows(
            DomainException.class,
            () -> inTransaction(em, () -> racing.create(DESK, "a81020", "Second")));
    assertEquals(ErrorCode.CONFLICT, e.code());
    assertEquals("odsCode", e.errors().get(0).field());
    assertEquals("A practice with ODS code A81020 already exists", e.getMessage());
  }
}
