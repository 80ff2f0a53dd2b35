package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.platform.web.QueryParams;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.control.ReminderFigures;
import uk.practiceconnect.reminders.control.ReminderJobs;
import uk.practiceconnect.reminders.control.ReminderLog;
import uk.practiceconnect.reminders.control.ReminderPlanning;
import uk.practiceconnect.reminders.control.StartAgain;
import uk.practiceconnect.reminders.entity.DayFigures;
import uk.practiceconnect.reminders.entity.LogEntry;
import uk.practiceconnect.reminders.entity.LogFilter;

/**
 * A practice's reminders: the log (paged, the phone number masked), figures per day, and a run of
 * planning now. Dates are UK dates of the appointments ({@code from} and {@code to} inclusive,
 * default today and the 7 days after).
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

  static final int MAX_PAGE_SIZE = 500;

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject ReminderLog log;
  @Inject ReminderFigures figures;
  @Inject ReminderPlanning planning;
  @Inject ReminderJobs jobs;
  @Inject StartAgain startAgain;

  @JsonbNillable
  public record ReminderJson(
      long id,
      String appointmentId,
      Instant appointmentStart,
      String clinician,
      String slotType,
      String reminderTime,
      String nhsNumber,
      String mobile,
      Instant sendAt,
      String status,
      String statusText,
      String detail,
      Instant sentAt,
      Instant completedAt,
      String notifyReference,
      String notifyStatus) {}

  public record PageJson(List<ReminderJson> items, int page, int size, long total) {}

  @JsonbNillable
  public record RunJson(
      String result,
      String detail,
      Integer planned,
      Integer retimed,
      Integer notPlanned,
      Integer cancelled,
      int handedToOutbox) {}

  public record DayJson(
      String day,
      int sent,
      int delivered,
      int failed,
      int awaitingReceipt,
      int cancelledByPatient) {}

  @GET
  public PageJson list(
      @PathParam("odsCode") String ods,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("status") String status,
      @QueryParam("clinician") String clinician,
      @QueryParam("slotType") String slotType,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Practice practice = practices.readable(caller.get(), ods);
    int s = QueryParams.whole("size", size, 1, MAX_PAGE_SIZE, 100);
    int p = QueryParams.page(page, s);
    LogFilter f = LogQuery.filter(practice.id(), from, to, status, clinician, slotType);
    List<ReminderJson> items = log.page(f, p * s, s).stream().map(RemindersResource::json).toList();
    return new PageJson(items, p, s, log.count(f));
  }

  @GET
  @Path("figures")
  public List<DayJson> figures(
      @PathParam("odsCode") String ods,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Practice practice = practices.readable(caller.get(), ods);
    LogFilter f = LogQuery.filter(practice.id(), from, to, null, null, null);
    return figures.perDay(practice.id(), f.from(), f.to()).stream()
        .map(RemindersResource::json)
        .toList();
  }

  @POST
  @Path("run")
  public RunJson run(@PathParam("odsCode") String ods) {
    Practice practice = practices.writable(caller.get(), ods);
    ReminderPlanning.Outcome o = planning.plan(practice);
    int handed = jobs.dispatchAll();
    var t = o.tally();
    return new RunJson(
        o.result().name(),
        o.detail(),
        t == null ? null : t.planned(),
        t == null ? null : t.retimed(),
        t == null ? null : t.notPlanned(),
        t == null ? null : t.cancelled(),
        handed);
  }

  public record StartAgainRequest(String patient) {}

  public record StartAgainJson(String result, String detail) {}

  @POST
  @Path("start-again")
  @Consumes(MediaType.APPLICATION_JSON)
  public StartAgainJson startAgain(@PathParam("odsCode") String ods, StartAgainRequest body) {
    Practice practice = practices.writable(caller.get(), ods);
    StartAgain.Result r =
        startAgain.startAgain(caller.get(), practice, body == null ? null : body.patient());
    return new StartAgainJson(r.name(), StartAgainTexts.of(r));
  }

  private static ReminderJson json(LogEntry e) {
    return new ReminderJson(
        e.id(),
        e.appointmentId(),
        e.appointmentStart(),
        e.clinician(),
        e.slotType(),
        e.reminderTime(),
        e.nhsNumber(),
        e.mobile(),
        e.sendAt(),
        e.status().wire(),
        e.status().label(),
        e.detail(),
        e.sentAt(),
        e.completedAt(),
        e.reference(),
        e.notifyStatus());
  }

  private static DayJson json(DayFigures d) {
    return new DayJson(
        d.day().toString(),
        d.sent(),
        d.delivered(),
        d.failed(),
        d.awaitingReceipt(),
        d.cancelledByPatient());
  }
}
