package uk.practiceconnect.dataprotection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.practiceconnect.dataprotection.control.SubjectAccess;
import uk.practiceconnect.dataprotection.entity.DataSubject;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.dataprotection.entity.SubjectCsv;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Subject access for the support desk's own tools (all-practices keys; a practice's key gets 403).
 * The patient's NHS number or mobile travels in the body, never in the address, so it stays out of
 * access logs.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/subject-access-exports")
public class SubjectAccessResource {

  static final String CSV = "text/csv";

  @Inject SubjectAccess access;
  @Inject Practices practices;
  @Inject CurrentCaller caller;

  public record ExportRequest(String nhsNumber, String mobile) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Response export(
      @PathParam("odsCode") String ods, ExportRequest body, @Context HttpHeaders headers) {
    Caller who = caller.get();
    onlySupportDesk(who);
    Practice practice = practices.readable(who, ods);
    DataSubject subject =
        DataSubject.parse(
            body == null ? null : body.nhsNumber(), body == null ? null : body.mobile());
    boolean csv = wantsCsv(headers);
    HeldData data =
        access.export(who, practice, subject, csv ? "exported as CSV" : "exported as JSON");
    if (csv) {
      return Response.ok(SubjectCsv.of(data), CSV + "; charset=UTF-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"subject-access-" + data.odsCode() + ".csv\"")
          .header("Cache-Control", "no-store")
          .build();
    }
    return Response.ok(SubjectJson.of(data), MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  /** Before the practice is looked up: a practice's key learns nothing, not even that it exists. */
  static void onlySupportDesk(Caller who) {
    if (!who.allPractices()) {
      throw DomainException.forbidden(
          "Only the support desk (an all-practices key) can export or erase a patient's data");
    }
  }

  /** CSV only when the client prefers it to JSON (a bare or missing Accept gets JSON). */
  static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType t : headers.getAcceptableMediaTypes()) {
      if (t.isWildcardType() || t.isWildcardSubtype()) {
        return false;
      }
      if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (t.getType().equalsIgnoreCase("text") && t.getSubtype().equalsIgnoreCase("csv")) {
        return true;
      }
    }
    return false;
  }
}
