package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.reminders.control.PlanningRuns;
import uk.practiceconnect.reminders.control.ReminderPlanning;

/**
 * The scheduled planning run, on request, for every practice at once (support desk and operations:
 * an all-practices read-write key only). Every instance helps with it, and a national run takes
 * minutes: the request waits as long as the caller prefers (RFC 7240 {@code Prefer: wait=N}, 50 s
 * unless asked, below a load balancer's usual timeout) and answers 200 with the whole run's figures
 * if it is over by then, otherwise 202 with the figures so far and where to read them again.
 */
@ApplicationScoped
@Path("v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderRunsResource {

  /** How long a request waits for the run unless the caller prefers otherwise. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(50);

  /** The longest wait a caller may ask for (the server ends longer requests itself). */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

  private static final Pattern WAIT = Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,6})");
  private static final Pattern ASYNC = Pattern.compile("(?i)(?:^|[,;\\s])respond-async\\b");

  @Inject CurrentCaller caller;
  @Inject PlanningRuns runs;

  /**
   * A run's figures: over every instance, for the practices planned since it began; {@code
   * handedToOutbox} once it is over, when asked for on the instance that ran its hand-over.
   */
  public record RunAllJson(
      String startedAt,
      String state,
      int practices,
      int planned,
      int skipped,
      int failed,
      long remindersPlanned,
      long remindersNotPlanned,
      long millis,
      Integer handedToOutbox) {

    static RunAllJson of(PlanningRuns.Status s) {
      ReminderPlanning.RunReport r = s.report();
      return new RunAllJson(
          s.startedAt().toString(),
          s.running() ? "RUNNING" : "DONE",
          r.practices(),
          r.planned(),
          s.running() ? 0 : r.skipped(), // not yet planned is not skipped: counted at the end
          r.failed(),
          r.remindersPlanned(),
          r.remindersNotPlanned(),
          r.millis(),
          s.handedToOutbox().orElse(null));
    }
  }

  @POST
  @Path("run")
  public Response runAll(@HeaderParam("Prefer") String prefer) {
    mayRunEveryPractice();
    Optional<Duration> asked = wait(prefer);
    PlanningRuns.Status s = runs.everyPracticeNow(asked.orElse(DEFAULT_WAIT));
    Response.ResponseBuilder answer =
        s.running()
            ? Response.accepted()
                .location(URI.create("/api/v1/reminders/runs/" + s.startedAt()))
                .header("Retry-After", 10)
            : Response.ok();
    asked.ifPresent(w -> answer.header("Preference-Applied", "wait=" + w.toSeconds()));
    return answer.entity(RunAllJson.of(s)).build();
  }

  @GET
  @Path("runs/{startedAt}")
  public RunAllJson run(@PathParam("startedAt") String startedAt) {
    mayRunEveryPractice();
    Instant start;
    try {
      start = Instant.parse(startedAt);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "startedAt", "Give the run's start as the run answered it, e.g. 2027-03-10T09:00:00Z");
    }
    if (start.isAfter(Instant.now())) {
      throw DomainException.notFound("No planning run has started at that time");
    }
    return RunAllJson.of(runs.status(start));
  }

  private void mayRunEveryPractice() {
    Caller who = caller.get();
    if (!who.allPractices() || !who.canWrite()) {
      throw DomainException.forbidden(
          "Only an all-practices read-write API key can plan every practice");
    }
  }

  /** RFC 7240: {@code respond-async} is no wait; {@code wait=N} is N seconds, up to the longest. */
  static Optional<Duration> wait(String prefer) {
    if (prefer == null) {
      return Optional.empty();
    }
    Matcher m = WAIT.matcher(prefer);
    if (m.find()) {
      Duration asked = Duration.ofSeconds(Long.parseLong(m.group(1)));
      return Optional.of(asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked);
    }
    return ASYNC.matcher(prefer).find() ? Optional.of(Duration.ZERO) : Optional.empty();
  }
}
