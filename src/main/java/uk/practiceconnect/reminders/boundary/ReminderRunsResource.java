package uk.practiceconnect.reminders.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.reminders.control.ReminderJobs;
import uk.practiceconnect.reminders.control.ReminderPlanning;

/**
 * The scheduled planning run, on request, for every practice at once (support desk and operations:
 * an all-practices read-write key only). Every instance helps with it; the answer counts the whole
 * run, whichever instances planned which practices.
 */
@Path("v1/reminders/run")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderRunsResource {

  @Inject CurrentCaller caller;
  @Inject ReminderPlanning planning;
  @Inject ReminderJobs jobs;

  public record RunAllJson(
      int practices,
      int planned,
      int skipped,
      int failed,
      long remindersPlanned,
      long remindersNotPlanned,
      long millis,
      int handedToOutbox) {}

  @POST
  public RunAllJson runAll() {
    Caller who = caller.get();
    if (!who.allPractices() || !who.canWrite()) {
      throw DomainException.forbidden(
          "Only an all-practices read-write API key can plan every practice");
    }
    ReminderPlanning.RunReport r = planning.planEveryPracticeNow();
    int handed = jobs.dispatchAll();
    return new RunAllJson(
        r.practices(),
        r.planned(),
        r.skipped(),
        r.failed(),
        r.remindersPlanned(),
        r.remindersNotPlanned(),
        r.millis(),
        handed);
  }
}
