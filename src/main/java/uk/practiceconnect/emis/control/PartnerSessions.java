package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.Practice;

/**
 * One EMIS session per practice, kept and reused. A session is logged on again once when EMIS says
 * it expired, before it would expire from idleness, and when the practice's EMIS settings changed
 * since it was opened. Logons for one practice are serialised, so a burst of calls opens one
 * session, not fifty.
 */
@ApplicationScoped
public class PartnerSessions {

  /** A cached session; {@code settingsVersion} ties it to the settings it was opened with. */
  record Session(String token, long settingsVersion, Duration idleTimeout, Instant lastUsed) {

    boolean fresh(long version, Instant now) {
      if (version != settingsVersion) {
        return false;
      }
      if (idleTimeout.isZero()) {
        return true;
      }
      // a margin, so a session is not used in the very second EMIS forgets it
      Duration margin = idleTimeout.dividedBy(10);
      return now.isBefore(lastUsed.plus(idleTimeout).minus(margin));
    }

    Session usedAt(Instant now) {
      return new Session(token, settingsVersion, idleTimeout, now);
    }
  }

  @Inject PartnerCalls calls;
  @Inject EmisSettingsService settings;
  @Inject Clock clock;

  private final ConcurrentMap<Long, Session> sessions = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, ReentrantLock> logonLocks = new ConcurrentHashMap<>();

  /** Runs {@code call} with the practice's session, logging on again once if it expired. */
  public <T> T withSession(Practice practice, Function<String, T> call) {
    Session session = current(practice);
    try {
      T result = call.apply(session.token());
      sessions.computeIfPresent(
          practice.id(),
          (id, s) -> s.token().equals(session.token()) ? s.usedAt(clock.instant()) : s);
      return result;
    } catch (PartnerException e) {
      if (e.outcome() != PartnerOutcome.SESSION_EXPIRED) {
        throw e;
      }
      sessions.remove(practice.id(), session);
      Session again = current(practice);
      return call.apply(again.token());
    }
  }

  /**
   * A new session that is not cached: the connection test's, so it sees Login Access as it is now.
   */
  public PartnerCalls.Logon freshLogon(Practice practice) {
    EmisSettingsView view = settings.view(practice);
    return logon(practice, view);
  }

  /**
   * Keeps a session the connection test opened (it proved everything works) as the practice's
   * session, and ends the one it replaces.
   */
  public void adopt(Practice practice, PartnerCalls.Logon logon, long settingsVersion) {
    Session replaced =
        sessions.put(
            practice.id(),
            new Session(logon.token(), settingsVersion, logon.idleTimeout(), clock.instant()));
    if (replaced != null && !replaced.token().equals(logon.token())) {
      calls.logout(replaced.token());
    }
  }

  /** Forgets a practice's session (its settings changed, or it is being re-established). */
  public void forget(Long practiceId) {
    sessions.remove(practiceId);
  }

  private Session current(Practice practice) {
    EmisSettingsView view = settings.view(practice);
    Instant now = clock.instant();
    Session cached = sessions.get(practice.id());
    if (cached != null && cached.fresh(view.version(), now)) {
      return cached;
    }
    ReentrantLock lock = logonLocks.computeIfAbsent(practice.id(), id -> new ReentrantLock());
    lock.lock();
    try {
      cached = sessions.get(practice.id());
      if (cached != null && cached.fresh(view.version(), clock.instant())) {
        return cached; // another thread logged on meanwhile
      }
      PartnerCalls.Logon logon = logon(practice, view);
      Session session =
          new Session(logon.token(), view.version(), logon.idleTimeout(), clock.instant());
      sessions.put(practice.id(), session);
      return session;
    } finally {
      lock.unlock();
    }
  }

  private PartnerCalls.Logon logon(Practice practice, EmisSettingsView view) {
    if (view.organisationId() == null) {
      throw new NotConfigured(
          PartnerOutcome.ORGANISATION_NOT_FOUND, "No EMIS Organisation ID is saved");
    }
    if (view.apiUsername() == null || !view.apiPasswordSet()) {
      throw new NotConfigured(
          PartnerOutcome.INVALID_CREDENTIALS, "No EMIS API user and password are saved");
    }
    // decrypted here and nowhere else; PartnerCalls.logon wipes the array
    char[] password = settings.openPassword(practice);
    return calls.logon(view.organisationId(), view.apiUsername(), password);
  }

  /** The practice has not finished its settings: nothing was asked of EMIS. */
  static final class NotConfigured extends PartnerException {
    private static final long serialVersionUID = 1L;

    NotConfigured(PartnerOutcome outcome, String what) {
      super(outcome, what + " on the Feature settings page");
    }
  }
}
