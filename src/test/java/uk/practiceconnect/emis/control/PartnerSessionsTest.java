package uk.practiceconnect.emis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practiceconnect.emis.control.FakePartnerClient.emisFails;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

class PartnerSessionsTest {

  static final String APPOINTMENTS = "{\"outcome\":1,\"code\":\"OK\",\"appointments\":[]}";

  /** Settings as saved, with a password that can be opened; counts the openings. */
  static final class Settings extends EmisSettingsService {
    EmisSettingsView view =
        new EmisSettingsView("50001", "practiceconnect", true, Instant.EPOCH, "x", 3);
    final AtomicInteger opened = new AtomicInteger();

    @Override
    public EmisSettingsView view(Practice practice) {
      return view;
    }

    @Override
    public char[] openPassword(Practice practice) {
      opened.incrementAndGet();
      return "Secret-1".toCharArray();
    }
  }

  static Practice practice(long id) {
    Practice p = new Practice(OdsCode.of("A81001"), PracticeName.of("Riverside"), Instant.EPOCH);
    try {
      var f = Practice.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(p, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  static String logon(String token) {
    return "{\"outcome\":1,\"code\":\"OK\",\"sessionToken\":\""
        + token
        + "\",\"idleTimeoutSeconds\":1200}";
  }

  final FakePartnerClient emis = new FakePartnerClient();
  final Settings settings = new Settings();
  final PracticeBreakerTest.TestClock clock = new PracticeBreakerTest.TestClock();
  final PartnerSessions sessions = new PartnerSessions();
  final Practice practice = practice(7);

  @BeforeEach
  void wire() {
    sessions.calls = emis.calls();
    sessions.settings = settings;
    sessions.clock = clock;
  }

  String read() {
    return sessions.withSession(
        practice,
        t -> {
          sessions.calls.bookedAppointments(t, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
          return t;
        });
  }

  @Test
  void logsOnOnceAndReusesTheSession() {
    emis.answer("logon", logon("s1")).answer("appointments", APPOINTMENTS);
    assertEquals("s1", read());
    assertEquals("s1", read());
    assertEquals(1, emis.count("logon"));
    assertEquals(1, settings.opened.get(), "the password is opened for the logon only");
  }

  @Test
  void logsOnAgainOnceWhenEmisSaysTheSessionExpired() {
    emis.answer("logon", logon("s1")).answer("logon", logon("s2"));
    emis.answer("appointments", APPOINTMENTS)
        .answer("appointments", emisFails(401, 12, "SESSION_EXPIRED"))
        .answer("appointments", APPOINTMENTS);
    read();
    assertEquals("s2", read());
    assertEquals(2, emis.count("logon"));
    assertEquals(
        List.of("s1", "s1", "s2"),
        emis.tokens.stream().filter(java.util.Objects::nonNull).toList());
  }

  @Test
  void anExpiryRightAfterANewLogonIsNotChasedForever() {
    emis.answer("logon", logon("s1")).answer("logon", logon("s2"));
    emis.answer("appointments", emisFails(401, 12, "SESSION_EXPIRED"));
    var e = assertThrows(PartnerException.class, this::read);
    assertEquals(PartnerOutcome.SESSION_EXPIRED, e.outcome());
    assertEquals(2, emis.count("logon"));
  }

  @Test
  void aSessionIdleNearlyAsLongAsEmisKeepsItIsReplacedBeforeUse() {
    emis.answer("logon", logon("s1"))
        .answer("logon", logon("s2"))
        .answer("appointments", APPOINTMENTS);
    read();
    clock.advance(Duration.ofMinutes(19));
    assertEquals("s2", read());
  }

  @Test
  void changedSettingsGetANewSession() {
    emis.answer("logon", logon("s1"))
        .answer("logon", logon("s2"))
        .answer("appointments", APPOINTMENTS);
    read();
    settings.view = new EmisSettingsView("50001", "practiceconnect", true, Instant.EPOCH, "x", 4);
    assertEquals("s2", read());
  }

  @Test
  void incompleteSettingsFailWithoutAskingEmis() {
    settings.view = new EmisSettingsView("50001", null, false, null, null, 1);
    var e = assertThrows(PartnerException.class, this::read);
    assertTrue(e instanceof PartnerSessions.NotConfigured);
    assertEquals(0, emis.count("logon"));
    assertEquals(0, settings.opened.get());
  }

  @Test
  void aFreshLogonForTheTestLeavesTheCachedSessionAlone() {
    emis.answer("logon", logon("s1"))
        .answer("logon", logon("fresh"))
        .answer("appointments", APPOINTMENTS);
    read();
    assertEquals("fresh", sessions.freshLogon(practice).token());
    assertEquals("s1", read());
  }

  @Test
  void anAdoptedSessionReplacesTheCachedOneAndEndsIt() {
    emis.answer("logon", logon("s1"))
        .answer("logon", logon("fresh"))
        .answer("appointments", APPOINTMENTS);
    emis.answer("logout", FakePartnerClient.OK);
    read();
    var fresh = sessions.freshLogon(practice);
    sessions.adopt(practice, fresh, 3);
    assertEquals("fresh", read());
    assertEquals(1, emis.count("logout"));
  }
}
