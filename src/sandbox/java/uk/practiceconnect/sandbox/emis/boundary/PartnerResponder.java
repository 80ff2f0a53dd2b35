package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.sandbox.emis.control.FaultPlan;
import uk.practiceconnect.sandbox.emis.control.PartnerGate;
import uk.practiceconnect.sandbox.emis.control.PartnerSessions;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

/**
 * Answers partner calls with the injected faults applied. The work itself is quick and runs on the
 * request thread; a delayed answer (latency, timeout) is handed to a scheduler and the request
 * stays suspended meanwhile, so hundreds of slow calls do not hold hundreds of HTTP threads. The
 * scheduler is the sandbox's own: on the server's shared one, the application's long jobs (a status
 * sweep, say) would make "50 ms of latency" last seconds.
 */
@ApplicationScoped
public class PartnerResponder {

  @Inject FaultPlan faults;
  @Inject PartnerGate gate;
  @Inject PartnerSessions sessions;

  @Resource ManagedThreadFactory threads;

  private ScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "sandbox.emis.timeout-hold-seconds", defaultValue = "30")
  int timeoutHoldSeconds;

  @PostConstruct
  void start() {
    scheduler = Executors.newScheduledThreadPool(2, threads);
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }

  /** A call that needs an open session; the gate checks it, then the application and the call. */
  public void inSession(
      AsyncResponse async,
      PartnerCall call,
      String token,
      Function<PartnerSession, Response> work) {
    String cdb = sessions.organisationOf(token).map(Cdb::value).orElse(null);
    answer(async, call, cdb, () -> work.apply(gate.admit(token, call)));
  }

  /**
   * A call, with the faults injected for it applied.
   *
   * @param cdb the organisation the call is for, when known (for faults of one organisation)
   */
  public void answer(AsyncResponse async, PartnerCall call, String cdb, Supplier<Response> work) {
    FaultPlan.Decision decision = faults.decide(call, cdb);
    long delayMs = decision.latencyMs();
    Response response;
    switch (decision.kind()) {
      case ERROR ->
          response =
              PartnerAnswers.failure(Outcome.INTERNAL_ERROR, 500, "EMIS failed; try again later");
      case RATE_LIMITED ->
          response =
              Response.fromResponse(
                      PartnerAnswers.failure(
                          Outcome.RATE_LIMITED, 429, "Too many calls; try again shortly"))
                  .header("Retry-After", "1")
                  .build();
      case TIMEOUT -> {
        // a timed-out call changes nothing: the work is not done
        delayMs = TimeUnit.SECONDS.toMillis(timeoutHoldSeconds);
        response =
            PartnerAnswers.failure(Outcome.INTERNAL_ERROR, 504, "EMIS did not answer in time");
      }
      default -> response = run(work);
    }
    if (delayMs <= 0) {
      async.resume(response);
    } else {
      Response delayed = response;
      try {
        scheduler.schedule(() -> async.resume(delayed), delayMs, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        async.resume(delayed);
      }
    }
  }

  private static Response run(Supplier<Response> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return PartnerAnswers.of(e);
    }
  }
}
