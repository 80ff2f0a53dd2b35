package uk.practiceconnect.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.platform.control.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.control.Attempts;
import uk.practiceconnect.platform.control.TestDatabase;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;
import uk.practiceconnect.practice.entity.AppUser;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.practice.entity.Username;

/** Adding people and switching off demo sign-ins, against a real (in-memory) database. */
class UsersStoreTest {

  static final Caller DESK = new Caller("support.desk", Caller.Kind.PLATFORM_ADMIN, null, true);
  static final Caller SYSTEM = new Caller("system", Caller.Kind.PLATFORM_ADMIN, null, true);
  static final String PASSWORD = "demo-password-1";

  /** Stands in for PBKDF2, whose 210,000 rounds would make these tests slow. */
  static final class PlainHash implements Pbkdf2PasswordHash {
    @Override
    public String generate(char[] password) {
      return "plain:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashed) {
      return hashed.equals(generate(password));
    }
  }

  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  TestDatabase db;
  EntityManager em;
  Users users;
  Practice practice;

  @BeforeEach
  void setUp() {
    db = new TestDatabase();
    em = db.newEntityManager();
    users = users(em);
    practice =
        inTransaction(
            em,
            () -> {
              var p = new Practice(OdsCode.of("A81009"), PracticeName.of("Test"), clock.instant());
              em.persist(p);
              return p;
            });
  }

  private Users users(EntityManager em) {
    Users u = new Users();
    wire(u, em);
    return u;
  }

  private void wire(Users u, EntityManager em) {
    PasswordHasher hasher = new PasswordHasher();
    hasher.hash = new PlainHash();
    u.em = em;
    u.hasher = hasher;
    u.clock = clock;
    u.audit = TestDatabase.auditTrail(em, clock);
    u.throttle = throttle;
  }

  /** Counts nothing; remembers whose failures the support desk forgave. */
  static final class NoThrottle extends SignInThrottle {
    final List<String> forgiven = new java.util.ArrayList<>();

    @Override
    public Attempts.Ticket begin(String username, String address) {
      return new Attempts.Ticket(List.of());
    }

    @Override
    public void failed(Attempts.Ticket ticket) {}

    @Override
    public void succeeded(Attempts.Ticket ticket, String username) {}

    @Override
    public void forgive(String username) {
      forgiven.add(username);
    }
  }

  final NoThrottle throttle = new NoThrottle();

  @AfterEach
  void tearDown() {
    em.close();
    db.close();
  }

  private AppUser user(String username) {
    return users.find(Username.of(username)).orElseThrow();
  }

  @Test
  void demoSignInsAreSwitchedOffAndAuditedOnce() {
    inTransaction(
        em,
        () -> {
          users.addDemoSignIn(DESK, null, "support.desk", "Support Desk", PASSWORD);
          users.addDemoSignIn(DESK, practice, "riverside.manager", "Rita Patel", PASSWORD);
          users.addPracticeAdmin(
              DESK, practice, "real.manager", "Real Person", "A-real-password-1");
        });

    List<String> off = inTransaction(em, () -> users.disableDemoSignIns(SYSTEM));

    assertEquals(List.of("support.desk", "riverside.manager"), off);
    assertFalse(user("support.desk").canSignIn());
    assertFalse(user("riverside.manager").canSignIn());
    assertTrue(user("real.manager").canSignIn());
    List<AuditEntry> audit =
        em.createQuery(
                "select a from AuditEntry a where a.action = 'SIGN_IN_DISABLED' order by a.id",
                AuditEntry.class)
            .getResultList();
    assertEquals(2, audit.size());
    assertTrue(audit.stream().allMatch(a -> a.actor().equals("system")));
    assertEquals("A81009", audit.get(1).odsCode());
    assertTrue(audit.stream().noneMatch(a -> a.detail().contains(PASSWORD)));
    assertEquals(List.of(), inTransaction(em, () -> users.disableDemoSignIns(SYSTEM)));
  }

  @Test
  void aSwitchedOffSignInIsRefusedWithTheRightPassword() {
    inTransaction(
        em, () -> users.addDemoSignIn(DESK, practice, "riverside.manager", "Rita", PASSWORD));
    var store = new UserIdentityStore();
    store.em = em;
    store.hasher = users.hasher;
    store.throttle = throttle;
    var login = new UsernamePasswordCredential("riverside.manager", PASSWORD);
    assertEquals(CredentialValidationResult.Status.VALID, store.validate(login).getStatus());

    inTransaction(em, () -> users.disableDemoSignIns(SYSTEM));

    assertEquals(CredentialValidationResult.Status.INVALID, store.validate(login).getStatus());
  }

  @Test
  void theSupportDeskSetsANewPasswordThatWorksAtOnceAndIsNeverAudited() {
    inTransaction(
        em, () -> users.addPracticeAdmin(DESK, practice, "mia.hughes", "Mia", "A-real-password-1"));
    inTransaction(em, () -> users.setPassword(DESK, "Mia.Hughes", "A-new-password-22"));

    var store = new UserIdentityStore();
    store.em = em;
    store.hasher = users.hasher;
    store.throttle = throttle;
    assertEquals(
        CredentialValidationResult.Status.VALID,
        store
            .validate(new UsernamePasswordCredential("mia.hughes", "A-new-password-22"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        store
            .validate(new UsernamePasswordCredential("mia.hughes", "A-real-password-1"))
            .getStatus());
    assertEquals(List.of("mia.hughes"), throttle.forgiven);
    var audit =
        em.createQuery(
                "select a from AuditEntry a where a.action = 'PASSWORD_SET'", AuditEntry.class)
            .getResultList();
    assertEquals(1, audit.size());
    assertFalse(audit.get(0).detail().contains("A-new-password-22"));
  }

  @Test
  void onlyTheSupportDeskSetsPasswordsAndOnlyOfPracticeAdmins() {
    Caller admin = new Caller("rita", Caller.Kind.PRACTICE_ADMIN, practice.id(), true);
    assertEquals(
        ErrorCode.FORBIDDEN,
        assertThrows(
                DomainException.class,
                () ->
                    inTransaction(em, () -> users.setPassword(admin, "mia.hughes", "x".repeat(12))))
            .code());
    var e =
        assertThrows(
            DomainException.class,
            () -> inTransaction(em, () -> users.setPassword(DESK, "nobody.here", "x".repeat(12))));
    assertEquals("resetUsername", e.errors().get(0).field());
  }

  @Test
  void aUsernameTakenAtTheSameMomentIsAConflictOnTheField() {
    inTransaction(
        em, () -> users.addPracticeAdmin(DESK, practice, "mia.hughes", "Mia", "A-real-password-1"));
    // the second request looked before the first one's insert was committed
    Users racing =
        new Users() {
          @Override
          public Optional<AppUser> find(Username username) {
            return Optional.empty();
          }
        };
    wire(racing, em);

    var e =
        assertThrows(
            DomainException.class,
            () ->
                inTransaction(
                    em,
                    () ->
                        racing.addPracticeAdmin(
                            DESK, practice, "mia.hughes", "Mia", "A-real-password-1")));
    assertEquals(ErrorCode.CONFLICT, e.code());
    assertEquals(
        List.of(new FieldError("username", "The username mia.hughes is taken: choose another")),
        e.errors());
  }

  private FirstPlatformAdmin firstAdmin(String username, String password) {
    FirstPlatformAdmin first = new FirstPlatformAdmin();
    first.users = users;
    first.username = Optional.ofNullable(username);
    first.password = Optional.ofNullable(password);
    first.name = "Support desk";
    return first;
  }

  @Test
  void theFirstSupportDeskSignInComesFromConfigurationOnlyWhileNoneWorks() {
    inTransaction(em, () -> firstAdmin(null, null).start());
    assertEquals(0, users.workingPlatformAdmins(), "nothing configured, nothing created");

    inTransaction(em, () -> firstAdmin("desk.lead", "A-first-password-1").start());
    AppUser lead = user("desk.lead");
    assertEquals(uk.practiceconnect.practice.entity.Role.PLATFORM_ADMIN, lead.role());
    assertFalse(lead.isDemo());
    assertEquals(1, users.workingPlatformAdmins());

    // later starts leave it alone, whatever the settings say now
    inTransaction(em, () -> firstAdmin("someone.else", "A-first-password-2").start());
    assertTrue(users.find(Username.of("someone.else")).isEmpty());
    List<AuditEntry> audit =
        em.createQuery(
                "select a from AuditEntry a where a.action = 'PLATFORM_ADMIN_ADDED'",
                AuditEntry.class)
            .getResultList();
    assertEquals(1, audit.size());
    assertEquals("system", audit.get(0).actor());
    assertTrue(audit.get(0).detail().contains("desk.lead"));
    assertFalse(audit.get(0).detail().contains("A-first-password-1"));
  }

  @Test
  void switchedOffDemoSignInsDoNotCountAsASupportDesk() {
    inTransaction(em, () -> users.addDemoSignIn(DESK, null, "support.desk", "Desk", PASSWORD));
    inTransaction(em, () -> users.disableDemoSignIns(SYSTEM));
    assertEquals(0, users.workingPlatformAdmins());
    inTransaction(em, () -> firstAdmin("desk.lead", "A-first-password-1").start());
    assertTrue(user("desk.lead").canSignIn());
  }

  @Test
  void aWeakFirstPasswordStopsTheStartAndNamesTheFieldNotTheValue() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> inTransaction(em, () -> firstAdmin("desk.lead", "short").start()));
    assertTrue(e.getMessage().contains("password"), e.getMessage());
    assertFalse(e.getMessage().contains("short"), e.getMessage());
  }
}
