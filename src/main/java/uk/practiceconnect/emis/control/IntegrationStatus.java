package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.emis.entity.IntegrationState;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PracticeIntegration;
import uk.practiceconnect.inbox.control.Inbox;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.webhooks.control.WebhookOutbox;
import uk.practiceconnect.webhooks.entity.EventData;
import uk.practiceconnect.webhooks.entity.EventType;

/**
 * Each practice's integration status (OK, BROKEN or NOT_CONFIGURED, since when, why), kept from
 * connection test results and from set-up failures of everyday partner calls. A change of state is
 * audited; the first move into BROKEN also posts a notice to the practice's inbox. Updates lock the
 * practice's status row, so two instances (or a test and the status check) cannot both announce the
 * same breakage.
 */
@ApplicationScoped
public class IntegrationStatus {

  private static final Logger LOG = Logger.getLogger(IntegrationStatus.class.getName());

  /** The actor of changes nobody asked for in person. */
  public static final Caller STATUS_CHECK =
      new Caller("emis-status-check", Caller.Kind.PLATFORM_ADMIN, null, true);

  /** Checks in a row without an answer from EMIS before the status says BROKEN. */
  static final int UNANSWERED_TO_BREAK = 2;

  static final Duration RECHECK_SOON = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Inbox inbox;
  @Inject WebhookOutbox webhooks;
  @Inject Breakers breakers;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "emis.status-check.interval-minutes", defaultValue = "15")
  long intervalMinutes;

  // reads run in a transaction too: background jobs call them on threads of their own, where an
  // entity manager used outside one is closed after its first use

  @Transactional
  public IntegrationStatusView view(Practice practice) {
    PracticeIntegration p = em.find(PracticeIntegration.class, practice.id());
    return p == null
        ? IntegrationStatusView.unchecked(practice.createdAt())
        : IntegrationStatusView.of(p);
  }

  /** The status of each of these practices (unchecked ones included), in their order. */
  @Transactional
  public List<PracticeStatus> overview(List<Practice> practices) {
    Map<Long, PracticeIntegration> stored = new HashMap<>();
    em.createQuery("select s from PracticeIntegration s", PracticeIntegration.class)
        .getResultStream()
        .forEach(s -> stored.put(s.practiceId(), s));
    return practices.stream()
        .map(
            p -> {
              PracticeIntegration s = stored.get(p.id());
              return new PracticeStatus(
                  p,
                  s == null
                      ? IntegrationStatusView.unchecked(p.createdAt())
                      : IntegrationStatusView.of(s));
            })
        .toList();
  }

  /** A practice with its status, for tables of every practice. */
  public record PracticeStatus(Practice practice, IntegrationStatusView status) {}

  /**
   * Whether background jobs should call this practice's EMIS at all: the last check passed and
   * calls are not paused by the circuit breaker.
   */
  @Transactional
  public boolean isHealthy(Long practiceId) {
    PracticeIntegration p = em.find(PracticeIntegration.class, practiceId);
    return p != null && p.state() == IntegrationState.OK && !breakers.isOpen(practiceId);
  }

  /** The last stored connection test of the practice, for the troubleshooting page. */
  @Transactional
  public Optional<ConnectionTestRun> lastTest(Practice practice) {
    return em.createNamedQuery(ConnectionTestRun.LATEST, ConnectionTestRun.class)
        .setParameter("practice", practice.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores a connection test's result and moves the status with it. A test someone ran is always
   * stored and audited; the periodic check stores one only when the result changed.
   */
  @Transactional
  public void record(
      Caller caller,
      Practice practice,
      ConnectionTestResult result,
      ConnectionTestRun.Origin from) {
    PracticeIntegration status = lockedOrNew(practice.id());
    IntegrationState next =
        result.passed()
            ? IntegrationState.OK
            : result.notConfigured() ? IntegrationState.NOT_CONFIGURED : IntegrationState.BROKEN;
    CheckCode failing = result.failingCheck().orElse(null);
    boolean manual = from != ConnectionTestRun.Origin.STATUS_CHECK;
    boolean same =
        status.lastTestId().isPresent()
            && status.state() == next
            && status.failingCheck().orElse(null) == failing;
    Long testId = null;
    if (manual || !same) {
      ConnectionTestRun run = new ConnectionTestRun(practice.id(), result, caller.name(), from);
      em.persist(run);
      em.flush();
      testId = run.id();
    }
    if (manual) {
      audit.record(
          caller,
          practice.id(),
          practice.odsCode().value(),
          "EMIS_CONNECTION_TEST_RUN",
          "connectionTest",
          result.passed()
              ? "Passed"
              : "Failed at "
                  + failing
                  + ": "
                  + result.failure().map(ConnectionCheck::detail).orElse(""));
    }
    if (!result.emisAnswered() && status.unanswered(result.checkedAt()) < UNANSWERED_TO_BREAK) {
      // EMIS did not answer this once: believe it only if the next check, soon, says the same
      if (testId != null) {
        status.moveTo(
            status.state(),
            status.failingCheck().orElse(null),
            status.detail(),
            result.checkedAt(),
            testId);
      }
      status.due(result.checkedAt().plus(RECHECK_SOON));
      return;
    }
    if (result.emisAnswered()) {
      status.answered();
    }
    String why = result.failure().map(ConnectionCheck::detail).orElse(null);
    String fix = result.failure().map(ConnectionCheck::fix).orElse(null);
    move(caller, practice, status, next, new Reason(failing, why, fix), result.checkedAt(), testId);
    status.due(result.checkedAt().plus(Duration.ofMinutes(intervalMinutes)));
  }

  /**
   * An everyday partner call failed with a set-up problem (Login Access, deactivated call, ...):
   * the status shows it at once. Its own transaction, so the caller's rollback does not undo it;
   * never throws, so it cannot hide the failure being reported.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void partnerCallFailed(Practice practice, PartnerException failure) {
    try {
      CheckCode failing = CheckCode.failedBy(failure.outcome()).orElse(null);
      if (failing == null) {
        return;
      }
      PracticeIntegration status = lockedOrNew(practice.id());
      if (status.state() == IntegrationState.BROKEN
          && status.failingCheck().orElse(null) == failing) {
        return;
      }
      var reason =
          new Reason(
              failing,
              "A call to EMIS failed: " + CheckSequence.describe(failure),
              Fixes.forCheck(failing, failure.outcome()));
      move(STATUS_CHECK, practice, status, IntegrationState.BROKEN, reason, clock.instant(), null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a failed EMIS call: {0}", e.getClass().getName());
    }
  }

  /** Saved settings are checked at the next status check, not a quarter of an hour later. */
  @Transactional
  public void settingsChanged(Practice practice) {
    PracticeIntegration status = em.find(PracticeIntegration.class, practice.id());
    if (status != null) {
      status.due(clock.instant());
    }
  }

  private void move(
      Caller caller,
      Practice practice,
      PracticeIntegration status,
      IntegrationState next,
      Reason reason,
      Instant at,
      Long testId) {
    IntegrationState before = status.state();
    CheckCode failing = reason.failing();
    boolean changed = status.moveTo(next, failing, reason.detail(), at, testId);
    if (!changed) {
      return;
    }
    String ods = practice.odsCode().value();
    audit.record(
        caller,
        practice.id(),
        ods,
        "EMIS_INTEGRATION_" + next.name(),
        "integrationStatus",
        "From " + before + " to " + next + (failing == null ? "" : " (" + failing + ")"));
    if (next == IntegrationState.BROKEN) {
      var notice = BrokenNotice.of(failing, reason.detail(), reason.fix(), at);
      inbox.post(practice.id(), BrokenNotice.SENDER, notice.subject(), notice.body());
      webhooks.record(
          practice.id(),
          EventType.INTEGRATION_BROKEN,
          EventData.with()
              .put("state", next.name())
              .put("previousState", before.name())
              .put("failedCheck", failing == null ? null : failing.name())
              .put("since", at),
          at);
    } else if (next == IntegrationState.OK && before == IntegrationState.BROKEN) {
      inbox.settle(
          practice.id(), BrokenNotice.SENDER, BrokenNotice.BROKEN_SUBJECT, BrokenNotice.SETTLED_BY);
      var notice = BrokenNotice.working(at);
      inbox.post(practice.id(), BrokenNotice.SENDER, notice.subject(), notice.body());
      webhooks.record(
          practice.id(),
          EventType.INTEGRATION_RESTORED,
          EventData.with().put("state", next.name()).put("since", at),
          at);
    }
  }

  /** Why the status is what it is: the failing check, what was seen, what to do. */
  private record Reason(CheckCode failing, String detail, String fix) {}

  private PracticeIntegration lockedOrNew(Long practiceId) {
    PracticeIntegration status =
        em.find(PracticeIntegration.class, practiceId, LockModeType.PESSIMISTIC_WRITE);
    if (status == null) {
      status = new PracticeIntegration(practiceId, clock.instant());
      em.persist(status);
    }
    return status;
  }
}
