package uk.practiceconnect.reminders.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.AppointmentFacts;
import uk.practiceconnect.reminders.entity.ReminderRule;

/**
 * Planning runs: for one practice (on request) or for every practice with reminders on and a
 * healthy EMIS integration (on a schedule), a few practices at a time. Each practice: take its
 * planning lease, read its booked appointments for the look-ahead from EMIS (outside any
 * transaction), let {@link ReminderPlanner} decide, store the changes, give the lease back.
 */
@ApplicationScoped
public class ReminderPlanning {

  /**
   * Why a GP Connect practice gets no reminders: GP Connect cannot list a practice's appointment
   * book, so reminders could cover only the few appointments booked through Practice Connect, and a
   * practice would believe its patients are reminded when most are not (docs/reminders.md).
   */
  public static final String GP_CONNECT_NO_REMINDERS =
      "Reminders are off: this practice is reached through GP Connect, which cannot list the"
          + " practice's appointments";

  private static final Logger LOG = Logger.getLogger(ReminderPlanning.class.getName());

  /** Practices read from the database per page, so memory stays flat as practices grow. */
  static final int PAGE = 200;

  static final Duration LEASE = Duration.ofMinutes(5);

  /** The planning run's job (platform.control.Jobs): its lease row's name, so keep it stable. */
  public static final String JOB = "reminder planning";

  /** How often an instance looks whether a planning run under way elsewhere wants help. */
  public static final Duration HELP_EVERY = Duration.ofSeconds(5);

  /** What planning one practice came to. */
  public record Outcome(String odsCode, Result result, PlanStore.Tally tally, String detail) {
    public enum Result {
      PLANNED,
      SKIPPED_OFF,
      SKIPPED_UNHEALTHY,
      SKIPPED_BUSY,
      FAILED
    }
  }

  /** What a run over every practice came to. */
  public record RunReport(
      int practices,
      int planned,
      int skipped,
      int failed,
      long remindersPlanned,
      long remindersNotPlanned,
      long millis) {}

  @Resource ManagedThreadFactory threadFactory;
  @Inject EmisReads emisReads;
  @Inject PlanningLease lease;
  @Inject PlanStore store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "reminders.look-ahead-days", defaultValue = "8")
  int lookAheadDays;

  @Inject
  @ConfigProperty(name = "reminders.plan-threads", defaultValue = "8")
  int threads;

  private final String owner = "plan-" + UUID.randomUUID().toString().substring(0, 8);
  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool = Executors.newFixedThreadPool(Math.max(1, threads), threadFactory);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Plans one practice now (the REST "run" and the scheduled run both come here). */
  public Outcome plan(Practice practice) {
    return planById(practice.id());
  }

  /**
   * Plans one practice. Every step runs in a short transaction of its own (see {@link EmisReads}
   * for why even the reads do); none holds a row lock while EMIS is asked, so a slow EMIS blocks
   * nothing else.
   */
  public Outcome planById(Long practiceId) {
    return planById(practiceId, "", null);
  }

  /**
   * Plans a practice whose due reminders are about to be handed over, so that what they say is what
   * EMIS holds now (the settings page shows such a run as "before sending").
   */
  public Outcome planBeforeSending(Long practiceId) {
    return planById(practiceId, "Before sending: ", null);
  }

  /** Runs {@code work} for each practice, a few at a time (the planning threads); in order. */
  public <T> List<T> forEach(List<Long> practiceIds, Function<Long, T> work) {
    List<Future<T>> running = new ArrayList<>();
    for (Long id : practiceIds) {
      running.add(pool.submit(() -> work.apply(id)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : running) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return results;
  }

  /**
   * @param run the start of the planning run this is part of: the practice is left alone if it has
   *     been planned since (by any instance); null outside a run
   */
  private Outcome planById(Long practiceId, String occasion, Instant run) {
    Optional<PlanStore.Prepared> prepared = store.prepare(practiceId);
    if (prepared.isEmpty()) {
      return new Outcome("?", Outcome.Result.SKIPPED_OFF, null, "No such practice");
    }
    Practice practice = prepared.get().practice();
    ReminderRule rule = prepared.get().rule();
    String ods = practice.odsCode().value();
    if (!rule.enabled()) {
      return new Outcome(ods, Outcome.Result.SKIPPED_OFF, null, "Reminders are off");
    }
    if (practice.integrationRoute() != IntegrationRoute.EMIS) {
      return new Outcome(ods, Outcome.Result.SKIPPED_OFF, null, GP_CONNECT_NO_REMINDERS);
    }
    if (!emisReads.isHealthy(practiceId)) {
      return new Outcome(
          ods,
          Outcome.Result.SKIPPED_UNHEALTHY,
          null,
          "The EMIS link is not working (see Feature settings)");
    }
    Instant now = clock.instant();
    if (!lease.take(practiceId, owner, now, LEASE, run == null ? now : run)) {
      return new Outcome(
          ods, Outcome.Result.SKIPPED_BUSY, null, "Being planned, or planned in this run already");
    }
    String result = "failed";
    PlanStore.Tally done = null;
    try {
      Instant to = now.plus(Duration.ofDays(lookAheadDays));
      List<EmisAppointment> booked = emisReads.bookedAppointments(practice, now, to);
      List<AppointmentFacts> facts =
          booked.stream().map(a -> AppointmentFacts.of(practiceId, a)).toList();
      var input = store.input(practiceId, rule, now, to, now, facts);
      PlanStore.Tally tally = store.apply(practice, ReminderPlanner.plan(input), facts, now);
      result = occasion + tally.inWords(booked.size());
      done = tally;
      return new Outcome(ods, Outcome.Result.PLANNED, tally, result);
    } catch (PartnerException e) {
      result = occasion + "EMIS did not answer as expected: " + e.outcomeLabel();
      return new Outcome(ods, Outcome.Result.FAILED, null, result);
    } catch (RuntimeException e) {
      // e.g. planning and dispatch changed one reminder at once: the next run plans again
      result =
          occasion
              + "Could not store the plan ("
              + e.getClass().getSimpleName()
              + "); will try again";
      LOG.log(
          Level.WARNING, "Planning {0} failed: {1}", new Object[] {ods, e.getClass().getName()});
      LOG.log(Level.FINE, "Planning failed", e);
      return new Outcome(ods, Outcome.Result.FAILED, null, result);
    } finally {
      lease.release(practiceId, owner, clock.instant(), result, done);
    }
  }

  /**
   * This instance's share of the planning run that began at {@code run}: every practice with
   * reminders on that nobody has planned since, a page of practices at a time, each taken with its
   * lease (so practices another instance is planning, or has planned in this run, are skipped).
   * Several instances walking the same run thus split it between them. The figures are this
   * instance's; {@link #runReport} has the whole run's.
   */
  public RunReport planRun(Instant run) {
    long started = System.nanoTime();
    int practices = 0;
    int planned = 0;
    int skipped = 0;
    int failed = 0;
    long reminders = 0;
    long notPlanned = 0;
    Long after = 0L;
    while (true) {
      List<Long> page = store.practicesDueInRun(after, run, PAGE);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1);
      List<Future<Outcome>> running = new ArrayList<>();
      for (Long id : page) {
        running.add(pool.submit(() -> planById(id, "", run)));
      }
      for (Future<Outcome> f : running) {
        practices++;
        try {
          Outcome o = f.get();
          if (o.tally() != null) {
            reminders += o.tally().planned() + o.tally().retimed();
            notPlanned += o.tally().notPlanned();
          }
          switch (o.result()) {
            case PLANNED -> planned++;
            case FAILED -> failed++;
            default -> skipped++;
          }
        } catch (ExecutionException e) {
          failed++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new RunReport(
              practices, planned, skipped, failed, reminders, notPlanned, millisSince(started));
        }
      }
    }
    return new RunReport(
        practices, planned, skipped, failed, reminders, notPlanned, millisSince(started));
  }

  /**
   * The whole run that began at {@code run}, whichever instances took part: waits (up to a
   * practice's lease) until no practice of the run is still being planned, then counts from the
   * practices' rows. Practices with reminders on that were not planned (off, GP Connect, EMIS link
   * not working) count as skipped.
   */
  public RunReport runReport(Instant run) {
    long deadline = System.nanoTime() + LEASE.toNanos();
    while (stillPlanning(run) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return runFigures(run);
  }

  /** Whether some instance is still planning a practice of the run that began at {@code run}. */
  public boolean stillPlanning(Instant run) {
    return store.stillPlanningInRun(run, clock.instant());
  }

  /**
   * The run's figures now, from the practices' rows: every practice planned since it began, by any
   * instance. Practices with reminders on that were not planned (EMIS link not working, GP Connect)
   * count as skipped.
   */
  public RunReport runFigures(Instant run) {
    PlanStore.RunCounts c = store.runCounts(run);
    // how long it has taken so far, or took: to its last practice planned
    Instant end = stillPlanning(run) ? clock.instant() : c.lastPlanned().orElse(run);
    long millis = Duration.between(run, end).toMillis();
    return new RunReport(
        (int) c.practices(),
        (int) c.planned(),
        (int) (c.practices() - c.planned() - c.failed()),
        (int) c.failed(),
        c.reminders(),
        c.notPlanned(),
        millis);
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
