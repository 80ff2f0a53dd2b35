package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.gpconnect.entity.GpConnectSettingsView;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;
import uk.practiceconnect.platform.entity.SettingsVersion;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/** Saving a practice's GP Connect provider against a real (in-memory) database. */
class GpConnectSettingsServiceTest {

  static final Caller ALICE = new Caller("alice", Caller.Kind.PRACTICE_ADMIN, null, true);
  static final Caller BOB = new Caller("bob", Caller.Kind.PRACTICE_ADMIN, null, true);
  static final String ENDPOINT = "https://provider.example.nhs.uk/A81030/STU3/1/gpconnect";
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  TestDatabase db;
  EntityManager em;
  GpConnectSettingsService settings;
  Practice practice;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    settings = service(db, em, clock);
    practice = practice(em, clock, "A81030");
  }

  static GpConnectSettingsService service(TestDatabase db, EntityManager em, Clock clock) {
    var s = new GpConnectSettingsService();
    s.em = em;
    s.factory = db.factory();
    s.clock = clock;
    s.audit = TestDatabase.auditTrail(em, clock);
    s.saves = TestDatabase.settingsSaves(em);
    return s;
  }

  static Practice practice(EntityManager em, Clock clock, String ods) {
    return inTransaction(
        em,
        () -> {
          var p = new Practice(OdsCode.of(ods), PracticeName.of("T"), clock.instant());
          em.persist(p);
          return p;
        });
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  GpConnectSettingsView save(Caller who, String endpoint, String asid, String ods, Long version) {
    return inTransaction(em, () -> settings.change(who, practice, endpoint, asid, ods, version));
  }

  List<AuditEntry> audit() {
    return em.createQuery("select a from AuditEntry a order by a.id", AuditEntry.class)
        .getResultList();
  }

  @Test
  void nothingSavedIsAnEmptyViewWithNoTarget() {
    GpConnectSettingsView empty = settings.view(practice);
    assertEquals(SettingsVersion.NEVER_SAVED, empty.version());
    assertTrue(!empty.complete());
    assertTrue(settings.target(practice).isEmpty());
  }

  @Test
  void allThreeAreSavedTogetherTidiedAndGiveTheTarget() {
    GpConnectSettingsView saved =
        save(ALICE, " " + ENDPOINT + "/ ", "9189 9919 8993", " a81030 ", null);

    assertEquals(ENDPOINT, saved.endpoint());
    assertEquals("918999198993", saved.providerAsid());
    assertEquals("A81030", saved.providerOdsCode());
    assertEquals("alice", saved.updatedBy());
    assertEquals(clock.instant(), saved.updatedAt());
    var target = settings.target(practice).orElseThrow();
    assertEquals(ENDPOINT + "/Slot", target.endpoint().resolve("Slot").toString());
    assertEquals("918999198993", target.providerAsid().value());
    assertEquals(saved, settings.view(practice));
  }

  @Test
  void badValuesAreNamedFieldByFieldAndNothingIsSaved() {
    var e =
        assertThrows(DomainException.class, () -> save(ALICE, "ftp://x.example", "12ab", "", null));
    assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    assertEquals(
        List.of("endpoint", "providerAsid", "providerOdsCode"),
        e.errors().stream().map(FieldError::field).toList());
    assertTrue(e.errors().get(0).message().contains("https://"), e.errors().get(0).message());
    assertTrue(e.errors().get(2).message().contains("ODS code at the provider"));
    assertEquals(SettingsVersion.NEVER_SAVED, settings.view(practice).version());
    assertEquals(List.of(), audit());
  }

  @Test
  void plainHttpOnlyWhereConfigurationAllowsIt() {
    String local = "http://127.0.0.1:8080/sandbox/gpconnect/A81030/STU3/1/gpconnect";
    var e = assertThrows(DomainException.class, () -> save(ALICE, local, "1", "A81030", null));
    assertEquals("endpoint", e.errors().get(0).field());

    settings.plainHttpAllowed = true;
    assertEquals(local, save(ALICE, local, "1", "A81030", null).endpoint());
  }

  @Test
  void eachChangedFieldIsAuditedWithBeforeAndAfterAndAnUnchangedSaveIsNot() {
    long first = save(ALICE, ENDPOINT, "1111", "A81030", null).version();
    GpConnectSettingsView again = save(ALICE, ENDPOINT, "1111", "a81030", first);
    assertEquals(first, again.version(), "the same values again change nothing");
    save(BOB, ENDPOINT, "2222", "A81030", first);

    List<AuditEntry> entries = audit();
    assertEquals(
        List.of(
            "GP_CONNECT_ENDPOINT_CHANGED",
            "GP_CONNECT_PROVIDER_ASID_CHANGED",
            "GP_CONNECT_PROVIDER_ODS_CODE_CHANGED",
            "GP_CONNECT_PROVIDER_ASID_CHANGED"),
        entries.stream().map(AuditEntry::action).toList());
    AuditEntry last = entries.get(3);
    assertEquals("bob", last.actor());
    assertEquals("providerAsid", last.field());
    assertEquals("Changed from 1111 to 2222", last.detail());
    assertEquals("Changed from (not set) to " + ENDPOINT, entries.get(0).detail());
    assertEquals("A81030", last.odsCode());
  }

  @Test
  void aSaveBasedOnAnOlderVersionLosesAndChangesNothing() {
    long seen = settings.view(practice).version();
    save(ALICE, ENDPOINT, "1111", "A81030", seen);

    var e = assertThrows(DomainException.class, () -> save(BOB, ENDPOINT, "2222", "A81030", seen));

    assertEquals(ErrorCode.CHANGED_BY_SOMEONE_ELSE, e.code());
    assertEquals("1111", settings.view(practice).providerAsid());
  }
}
