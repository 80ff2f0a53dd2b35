package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;

/** Searching the audit trail: what is typed is found as typed, % and _ included. */
class AuditSearchTest {

  static final Caller DESK = new Caller("support.desk", Caller.Kind.PLATFORM_ADMIN, null, true);

  TestDatabase db;
  EntityManager em;
  AuditTrail trail;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    trail =
        TestDatabase.auditTrail(
            em, Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));
    inTransaction(
        em,
        () -> {
          trail.record(DESK, null, null, "NOTE", "x", "Reminders at 100% of the day");
          trail.record(DESK, null, null, "NOTE", "x", "Slot type a_b renamed");
          trail.record(DESK, null, null, "NOTE", "x", "Slot type axb renamed");
          trail.record(DESK, null, null, "NOTE", "x", "Path C:\\temp kept");
          return null;
        });
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  List<String> found(String typed) {
    return trail.page(new AuditTrail.Query(null, typed), 0, 10).stream()
        .map(AuditEntry::detail)
        .sorted()
        .toList();
  }

  @Test
  void percentAndUnderscoreAreThemselvesNotWildcards() {
    assertEquals(List.of("Reminders at 100% of the day"), found("%"));
    assertEquals(List.of("Slot type a_b renamed"), found("a_b"));
    assertEquals(List.of("Slot type a_b renamed"), found("_"));
    assertEquals(List.of("Path C:\\temp kept"), found("c:\\"));
    assertEquals(4, found("").size());
  }
}
