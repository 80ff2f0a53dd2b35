package uk.practiceconnect.retention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.retention.control.RetentionJobs;
import uk.practiceconnect.retention.control.RetentionRun;
import uk.practiceconnect.retention.entity.RetentionKind;

/** Retention for the support desk's tools: each kind's period and last run, and a run on demand. */
@ApplicationScoped
@Path("v1/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject RetentionJobs retention;
  @Inject CurrentCaller caller;

  @JsonbNillable
  public record KindJson(
      String kind,
      String description,
      String action,
      long days,
      String countedFrom,
      LocalDate lastDoneOn,
      Instant lastRunEndedAt,
      long lastRunRows,
      long totalRows) {}

  public record FigureJson(
      String kind, String action, long rows, Instant cutoff, boolean finished) {}

  @GET
  public List<KindJson> kinds() {
    supportDesk(false);
    List<RetentionRun.LastRun> runs = retention.lastRuns();
    return Arrays.stream(RetentionKind.values())
        .map(
            k -> {
              RetentionRun.LastRun last =
                  runs.stream().filter(r -> r.kind() == k).findFirst().orElse(null);
              return new KindJson(
                  k.name(),
                  k.label(),
                  k.action(),
                  retention.policy().period(k).toDays(),
                  k.from(),
                  last == null ? null : last.lastDay(),
                  last == null ? null : last.lastFinishedAt(),
                  last == null ? 0 : last.lastRows(),
                  last == null ? 0 : last.totalRows());
            })
        .toList();
  }

  @POST
  @Path("runs")
  public List<FigureJson> runNow() {
    supportDesk(true);
    return retention.runDue().stream()
        .map(
            f ->
                new FigureJson(
                    f.kind().name(), f.kind().action(), f.rows(), f.cutoff(), f.finished()))
        .toList();
  }

  private void supportDesk(boolean write) {
    Caller who = caller.get();
    if (!who.allPractices() || (write && !who.canWrite())) {
      throw DomainException.forbidden(
          write
              ? "Only an all-practices read-write key can run retention"
              : "Only an all-practices key can read retention");
    }
  }
}
