package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

/**
 * Open partner sessions, in memory as EMIS keeps them: a restart logs everyone out. A session
 * expires after a configurable idle time (EMIS's patient-facing API uses a rolling 20 minutes).
 */
@ApplicationScoped
public class PartnerSessions {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

  private final Map<String, PartnerSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idleTimeout;
  private volatile Instant lastSweep = Instant.EPOCH;

  /** For CDI's proxy only. */
  protected PartnerSessions() {
    this(Clock.systemUTC(), 20);
  }

  @Inject
  public PartnerSessions(
      Clock clock,
      @ConfigProperty(name = "sandbox.emis.session-idle-minutes", defaultValue = "20")
          long idleMinutes) {
    this.clock = clock;
    this.idleTimeout = Duration.ofMinutes(idleMinutes);
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** Opens a session with a new token: 32 random bytes, URL-safe base64. */
  public PartnerSession open(
      Long organisationId, Cdb cdb, String username, String rbacRole, LoginAccess access) {
    Instant now = clock.instant();
    sweep(now);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PartnerSession session =
        new PartnerSession(token, organisationId, cdb, username, rbacRole, access, now);
    sessions.put(token, session);
    return session;
  }

  /** The live session for this token, its idle time reset; empty when unknown or expired. */
  public Optional<PartnerSession> use(String token) {
    if (token == null) {
      return Optional.empty();
    }
    PartnerSession session = sessions.get(token);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(session, now)) {
      sessions.remove(token, session);
      return Optional.empty();
    }
    session.touch(now);
    return Optional.of(session);
  }

  /** The organisation of a live session, without counting as use (for injected faults). */
  public Optional<Cdb> organisationOf(String token) {
    PartnerSession session = token == null ? null : sessions.get(token);
    return session == null || expired(session, clock.instant())
        ? Optional.empty()
        : Optional.of(session.cdb());
  }

  public void close(String token) {
    if (token != null) {
      sessions.remove(token);
    }
  }

  public int openCount() {
    return sessions.size();
  }

  private boolean expired(PartnerSession session, Instant now) {
    return !now.isBefore(session.lastUsed().plus(idleTimeout));
  }

  /** Drops expired sessions now and then, so abandoned ones do not pile up. */
  private void sweep(Instant now) {
    if (now.isBefore(lastSweep.plus(SWEEP_EVERY))) {
      return;
    }
    lastSweep = now;
    sessions.values().removeIf(s -> expired(s, now));
  }
}
