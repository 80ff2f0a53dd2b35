package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/** Saving EMIS settings against a real (in-memory) database: stale versions always lose. */
class EmisSettingsStoreTest {

  static final Caller ALICE = new Caller("alice", Caller.Kind.PRACTICE_ADMIN, null, true);
  static final Caller BOB = new Caller("bob", Caller.Kind.PRACTICE_ADMIN, null, true);
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  TestDatabase db;
  EntityManager em;
  EmisSettingsService settings;
  Practice practice;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    settings = new EmisSettingsService();
    settings.em = em;
    settings.factory = db.factory();
    settings.clock = clock;
    settings.audit = TestDatabase.auditTrail(em, clock);
    settings.saves = TestDatabase.settingsSaves(em);
    settings.cipher =
        CredentialCipher.of("t:" + Base64.getEncoder().encodeToString(new byte[32]), "t");
    settings.status =
        new IntegrationStatus() {
          @Override
          public void settingsChanged(Practice practice) {
            // the status check is not under test
          }
        };
    practice =
        inTransaction(
            em,
            () -> {
              var p = new Practice(OdsCode.of("A81030"), PracticeName.of("T"), clock.instant());
              em.persist(p);
              return p;
            });
  }

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  @Test
  void settingsNeverSavedHaveAVersionNoSaveCanHave() {
    EmisSettingsView empty = inTransaction(em, () -> settings.view(practice));
    EmisSettingsView first =
        inTransaction(em, () -> settings.changeOrganisationId(ALICE, practice, "50001", null));
    assertEquals(uk.practiceconnect.platform.entity.SettingsVersion.NEVER_SAVED, empty.version());
    assertFalse(first.version() == empty.version());
  }

  @Test
  void aSaveBasedOnTheEmptySettingsLosesToAFirstSaveMadeMeanwhile() {
    long seen = inTransaction(em, () -> settings.view(practice)).version();
    inTransaction(em, () -> settings.changeOrganisationId(ALICE, practice, "50001", seen));

    var e =
        assertThrows(
            DomainException.class,
            () ->
                inTransaction(
                    em, () -> settings.changeApiUser(BOB, practice, "bob", "pw-bob", seen)));

    assertEquals(ErrorCode.CHANGED_BY_SOMEONE_ELSE, e.code());
    EmisSettingsView now = inTransaction(em, () -> settings.view(practice));
    assertEquals("50001", now.organisationId());
    assertEquals(null, now.apiUsername());
  }

  @Test
  void aDatabaseFailureIsNotPassedOffAsSomeoneElsesChange() {
    // updated_by holds 120 characters: the database refuses a longer name
    Caller longName = new Caller("x".repeat(200), Caller.Kind.PRACTICE_ADMIN, null, true);
    var e =
        assertThrows(
            PersistenceException.class,
            () ->
                inTransaction(
                    em, () -> settings.changeOrganisationId(longName, practice, "50001", null)));
    assertFalse(e instanceof jakarta.persistence.OptimisticLockException);
  }
}
