package uk.practiceconnect.safety.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.web.ProblemDetails;
import uk.practiceconnect.platform.web.QueryParams;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.safety.control.SafetyIncidents;
import uk.practiceconnect.safety.entity.SafetyIncident;

/** Safety incidents reported by every practice, for the support desk's own tools. */
@Path("v1/safety-incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical safety", description = "Suspected safety incidents practices reported")
public class IncidentsResource {

  static final int DEFAULT_SIZE = 50;

  @Inject SafetyIncidents incidents;
  @Inject CurrentCaller caller;

  @JsonbNillable
  @JsonbPropertyOrder({
    "reference",
    "odsCode",
    "reportedAt",
    "reportedBy",
    "occurredOn",
    "whatHappened",
    "patientReference"
  })
  @Schema(name = "SafetyIncident", description = "One report of a suspected safety issue")
  public record IncidentJson(
      @Schema(description = "How the incident is referred to", example = "SI-7") String reference,
      @Schema(description = "The reporting practice's ODS code", example = "A81001") String odsCode,
      @Schema(description = "When it was reported (UTC)") Instant reportedAt,
      @Schema(description = "Who reported it (the person signed in)") String reportedBy,
      @Schema(description = "The UK date it happened") LocalDate occurredOn,
      @Schema(description = "What happened, as the reporter wrote it") String whatHappened,
      @Schema(
              description = "Which patient, in the practice's own terms; null if none",
              nullable = true)
          String patientReference) {
    static IncidentJson of(SafetyIncident i) {
      return new IncidentJson(
          i.reference(),
          i.odsCode(),
          i.reportedAt(),
          i.reportedBy(),
          i.occurredOn(),
          i.whatHappened(),
          i.patientReference().orElse(null));
    }
  }

  @Schema(name = "SafetyIncidentPage", description = "A page of safety incidents, newest first")
  public record PageJson(List<IncidentJson> items, int page, int size, long total) {}

  @GET
  @Operation(
      operationId = "listSafetyIncidents",
      summary = "Every practice's safety incidents, newest first (all-practices keys only)")
  @SecurityRequirement(name = "apiKey")
  @APIResponse(
      responseCode = "200",
      description = "A page of incidents",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PageJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "page or size is not a whole number in range",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetails.class)))
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
  public PageJson list(
      @Parameter(
              description = "Page number, from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("page")
          String rawPage,
      @Parameter(
              description = "Incidents per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "200",
                      defaultValue = "50"))
          @QueryParam("size")
          String rawSize) {
    Caller who = caller.get();
    int size = QueryParams.whole("size", rawSize, 1, SafetyIncidents.MAX_PAGE, DEFAULT_SIZE);
    int page = QueryParams.page(rawPage, size);
    List<IncidentJson> items =
        incidents.all(who, page * size, size).stream().map(IncidentJson::of).toList();
    return new PageJson(items, page, size, incidents.count(who));
  }
}
