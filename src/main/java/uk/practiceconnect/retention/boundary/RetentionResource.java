package uk.practiceconnect.retention.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.ProblemDetails;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.retention.control.RetentionJobs;
import uk.practiceconnect.retention.control.RetentionRun;
import uk.practiceconnect.retention.entity.RetentionKind;

/** Retention for the support desk's tools: each kind's period and last run, and a run on demand. */
@Path("v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data retention", description = "How long personal data is kept, and what was removed")
public class RetentionResource {

  @Inject RetentionJobs retention;
  @Inject CurrentCaller caller;

  @JsonbNillable
  @Schema(name = "RetentionKind", description = "One kind of personal data and its last run")
  public record KindJson(
      @Schema(description = "The kind", example = "SMS_PHONE_NUMBERS") String kind,
      @Schema(description = "What it is") String description,
      @Schema(
              description = "What happens past the period",
              enumeration = {"deleted", "anonymised"})
          String action,
      @Schema(description = "The period in days") long days,
      @Schema(description = "What the period counts from", example = "sending") String countedFrom,
      @Schema(description = "UK date it was last done in full; null if never", nullable = true)
          LocalDate lastDoneOn,
      @Schema(description = "When its last run ended; null if never", nullable = true)
          Instant lastRunEndedAt,
      @Schema(description = "Rows deleted or anonymised by the last run") long lastRunRows,
      @Schema(description = "Rows deleted or anonymised by every run") long totalRows) {}

  @Schema(name = "RetentionFigure", description = "What one run did to one kind")
  public record FigureJson(
      @Schema(description = "The kind") String kind,
      @Schema(description = "deleted or anonymised") String action,
      @Schema(description = "Rows deleted or anonymised") long rows,
      @Schema(description = "Rows older than this were affected") Instant cutoff,
      @Schema(description = "false when rows are left for the next run") boolean finished) {}

  @GET
  @Operation(
      operationId = "listRetentionKinds",
      summary =
          "Each kind of personal data: its retention period and last run (all-practices keys)")
  @SecurityRequirement(name = "apiKey")
  @APIResponse(
      responseCode = "200",
      description = "Every kind",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = KindJson.class)))
  @APIResponse(
      responseCode = "401",
      description = "No API key, or one that is unknown or revoked",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key is limited to one practice",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetails.class)))
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
  @Operation(
      operationId = "runRetentionNow",
      summary =
          "Run retention now for the kinds not yet done today (all-practices read-write keys)",
      description =
          "Does what the daily job does, at once: each kind not yet done today (UK date) whose"
              + " lease this instance gets. Kinds done today, or being done by another instance,"
              + " are not in the answer.")
  @SecurityRequirement(name = "apiKey")
  @APIResponse(
      responseCode = "200",
      description = "What was done, per kind",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = FigureJson.class)))
  @APIResponse(
      responseCode = "401",
      description = "No API key, or one that is unknown or revoked",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetails.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key is limited to one practice, or read-only",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetails.class)))
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
