package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Runs the connection test against EMIS: a fresh logon (never the cached session, so Login Access
 * changes show at once), then every API call the features use, in parallel. At most one logon and
 * seven calls, so about two partner round trips of waiting. The whole test answers within {@code
 * emis.connection-test.timeout-seconds}, whatever EMIS does: a call still out by then counts as
 * "EMIS did not answer". Stores nothing; see {@link ConnectionTests}.
 */
@ApplicationScoped
public class ConnectionTest {

  @Inject EmisSettingsService settings;
  @Inject PartnerSessions sessions;
  @Inject PartnerCalls calls;
  @Inject PartnerWorkers workers;
  @Inject Breakers breakers;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "emis.connection-test.timeout-seconds", defaultValue = "20")
  long timeoutSeconds;

  /** Kept back from the timeout for storing and sending the result. */
  static final long MARGIN_MS = 500;

  public ConnectionTestResult run(Practice practice) {
    long started = System.nanoTime();
    // EMIS gets the timeout less a margin in which the result is stored and sent
    long deadline =
        started
            + TimeUnit.SECONDS.toNanos(timeoutSeconds)
            - TimeUnit.MILLISECONDS.toNanos(MARGIN_MS);
    Instant at = clock.instant();
    EmisSettingsView view = settings.view(practice);
    var s =
        new CheckSequence.Settings(
            view.organisationId(), view.apiUsername(), view.apiPasswordSet());
    if (!s.missing().isEmpty()) {
      return CheckSequence.settingsIncomplete(at, s).took(millisSince(started));
    }
    PartnerCalls.Logon logon;
    try {
      logon =
          await(
              CompletableFuture.supplyAsync(() -> sessions.freshLogon(practice), workers.calls()),
              deadline);
    } catch (PartnerException e) {
      return CheckSequence.logonFailed(at, s, e).took(millisSince(started));
    }
    List<CompletableFuture<CheckSequence.ProbeResult>> running = new ArrayList<>();
    for (ApiProbe probe : ApiProbe.values()) {
      String token = logon.token();
      running.add(
          CompletableFuture.supplyAsync(() -> probe.run(calls, token, at), workers.calls()));
    }
    List<CheckSequence.ProbeResult> probes = new ArrayList<>();
    for (int i = 0; i < running.size(); i++) {
      String call = ApiProbe.values()[i].callName();
      try {
        probes.add(await(running.get(i), deadline));
      } catch (PartnerException e) {
        probes.add(CheckSequence.ProbeResult.of(call, e));
      }
    }
    ConnectionTestResult result = CheckSequence.afterLogon(at, s, probes);
    if (result.passed()) {
      sessions.adopt(practice, logon, view.version());
      breakers.of(practice.id()).onSuccess();
    } else {
      workers.calls().execute(() -> calls.logout(logon.token()));
    }
    return result.took(millisSince(started));
  }

  private <T> T await(CompletableFuture<T> future, long deadline) {
    long left = deadline - System.nanoTime();
    try {
      return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new PartnerException(
          PartnerOutcome.TIMEOUT, "EMIS did not answer within " + timeoutSeconds + " s");
    } catch (ExecutionException e) {
      throw PartnerFailures.of(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PartnerException(PartnerOutcome.TIMEOUT, "The test was interrupted");
    }
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }
}
