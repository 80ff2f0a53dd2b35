package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.practiceconnect.platform.control.Jobs;

/**
 * Planning runs asked for over REST. A national run takes minutes, longer than any request should
 * wait (a load balancer's timeout, the server's own), so the run goes on in the background: the
 * request starts it (or joins the one under way), waits as long as the caller is willing to, and
 * the run's figures can be read again later by its start, on any instance, from the practices'
 * rows. After the run, due reminders are handed to the outbox, as after a scheduled run.
 */
@ApplicationScoped
public class PlanningRuns {

  /** Runs asked for here, by start: their figures with the hand-over's, once over. */
  private final Map<Instant, CompletableFuture<Finished>> askedHere = new ConcurrentHashMap<>();

  /** How long a run asked for here is remembered for its hand-over figure. */
  static final Duration REMEMBERED = Duration.ofHours(6);

  /** A run over: its figures, and how many due reminders this instance then handed over. */
  public record Finished(ReminderPlanning.RunReport report, int handedToOutbox) {}

  /**
   * Where a run stands: over or not, its figures so far (practices planned since it began, by any
   * instance), and the hand-over's count when it was asked for here and is over.
   */
  public record Status(
      Instant startedAt,
      boolean running,
      ReminderPlanning.RunReport report,
      Optional<Integer> handedToOutbox) {}

  @Inject ReminderPlanning planning;
  @Inject ReminderDispatcher dispatcher;
  @Inject Jobs jobs;
  @Inject Clock clock;

  /**
   * Starts a run over every practice now, or joins the one under way, in the background; waits up
   * to {@code wait} for it to be over. Returns its status either way.
   */
  public Status everyPracticeNow(Duration wait) {
    CompletableFuture<Instant> started = new CompletableFuture<>();
    CompletableFuture<Finished> finished = new CompletableFuture<>();
    // on the scheduler's threads, where every feature's background work runs (not the shared
    // managed executor: a run holds its thread for minutes)
    jobs.after(
        "reminder planning asked over REST",
        Duration.ZERO,
        () -> {
          try {
            Instant run =
                jobs.runNow(
                    ReminderPlanning.JOB,
                    r -> {
                      started.complete(r);
                      planning.planRun(r);
                    });
            ReminderPlanning.RunReport report = planning.runReport(run);
            finished.complete(new Finished(report, dispatcher.dispatchAll()));
          } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
            finished.completeExceptionally(e);
            throw e;
          }
        });
    Instant run = unwrap(started);
    forgetOld();
    askedHere.merge(run, finished, (older, newer) -> older);
    try {
      Finished f = finished.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
      return new Status(run, false, f.report(), Optional.of(f.handedToOutbox()));
    } catch (TimeoutException e) {
      return status(run);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return status(run);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** Where the run that began at {@code run} stands now; its figures count every instance. */
  public Status status(Instant run) {
    CompletableFuture<Finished> here = askedHere.get(run);
    if (here != null && here.isDone() && !here.isCompletedExceptionally()) {
      Finished f = here.join();
      return new Status(run, false, f.report(), Optional.of(f.handedToOutbox()));
    }
    boolean running = jobs.isRunning(ReminderPlanning.JOB, run) || planning.stillPlanning(run);
    return new Status(run, running, planning.runFigures(run), Optional.empty());
  }

  private void forgetOld() {
    Instant before = clock.instant().minus(REMEMBERED);
    askedHere.keySet().removeIf(start -> start.isBefore(before));
  }

  private static Instant unwrap(CompletableFuture<Instant> started) {
    try {
      return started.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
