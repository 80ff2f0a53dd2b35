package uk.practiceconnect.dataprotection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import uk.practiceconnect.dataprotection.control.SubjectAccess;
import uk.practiceconnect.dataprotection.entity.Erased;
import uk.practiceconnect.dataprotection.entity.ErasureRequest;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Erasure of one patient's data at a practice's decision, for the support desk's own tools
 * (all-practices read-write keys). The number travels in the body, never in the address.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/erasures")
public class ErasuresResource {

  @Inject SubjectAccess access;
  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public record EraseRequest(String nhsNumber, String mobile, String reason, String decidedBy) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject erase(@PathParam("odsCode") String ods, EraseRequest body) {
    Caller who = caller.get();
    SubjectAccessResource.onlySupportDesk(who);
    Practice practice = practices.readable(who, ods);
    ErasureRequest request =
        body == null
            ? ErasureRequest.parse(null, null, null, null)
            : ErasureRequest.parse(
                body.nhsNumber(), body.mobile(), body.reason(), body.decidedBy());
    Erased erased = access.erase(who, practice, request);
    return SubjectJson.of(practice.odsCode().value(), clock.instant(), erased);
  }
}
