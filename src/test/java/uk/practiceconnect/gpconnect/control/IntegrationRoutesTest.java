package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/** Switching a practice's route, against a real (in-memory) database. */
class IntegrationRoutesTest {

  static final Caller ALICE = new Caller("alice", Caller.Kind.PRACTICE_ADMIN, null, true);
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  TestDatabase db;
  EntityManager em;
  IntegrationRoutes routes;
  GpConnectSettingsService settings;
  Practice practice;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    settings = GpConnectSettingsServiceTest.service(db, em, clock);
    routes = new IntegrationRoutes();
    routes.em = em;
    routes.factory = db.factory();
    routes.audit = TestDatabase.auditTrail(em, clock);
    routes.practices =
        new uk.practiceconnect.practice.control.Practices() {
          @Override
          public void forget(uk.practiceconnect.practice.entity.OdsCode ods) {
            // no cache in this test
          }
        };
    practice = GpConnectSettingsServiceTest.practice(em, clock, "A81031");
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  IntegrationRoute change(String route) {
    return inTransaction(em, () -> routes.change(ALICE, practice, route));
  }

  List<String> audited() {
    return em.createQuery("select a from AuditEntry a order by a.id", AuditEntry.class)
        .getResultStream()
        .map(a -> a.action() + ": " + a.detail())
        .toList();
  }

  @Test
  void aPracticeStartsOnEmis() {
    assertEquals(IntegrationRoute.EMIS, routes.route(practice));
  }

  @Test
  void gpConnectIsRefusedUntilAllItsSettingsAreSaved() {
    var e = assertThrows(DomainException.class, () -> change("GP_CONNECT"));
    assertEquals(ErrorCode.UNPROCESSABLE, e.code());
    assertEquals(IntegrationRoutes.INCOMPLETE, e.getMessage());
    assertEquals(IntegrationRoute.EMIS, routes.route(practice));
    assertEquals(List.of(), audited());
  }

  @Test
  void withItsSettingsSavedGpConnectIsAllowedAndEmisAlwaysAgain() {
    inTransaction(
        em,
        () ->
            settings.change(
                ALICE, practice, "https://p.example.nhs.uk/gpc", "1234", "A81031", null));

    assertEquals(IntegrationRoute.GP_CONNECT, change("gp_connect"));
    assertEquals(IntegrationRoute.GP_CONNECT, routes.route(practice));
    assertEquals(IntegrationRoute.GP_CONNECT, change("GP_CONNECT"), "again: no change");
    assertEquals(IntegrationRoute.EMIS, change(" EMIS "));

    List<String> routeChanges =
        audited().stream().filter(a -> a.startsWith("INTEGRATION_ROUTE")).toList();
    assertEquals(
        List.of(
            "INTEGRATION_ROUTE_CHANGED: Changed from EMIS partner API to GP Connect",
            "INTEGRATION_ROUTE_CHANGED: Changed from GP Connect to EMIS partner API"),
        routeChanges);
  }

  @Test
  void anUnknownRouteIsAFieldError() {
    for (String bad : new String[] {"TPP", "", null}) {
      var e = assertThrows(DomainException.class, () -> change(bad));
      assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
      assertEquals("route", e.errors().get(0).field());
    }
  }
}
