package uk.practiceconnect.sms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.platform.web.IfMatch;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.sms.control.PracticeNotifyServices;
import uk.practiceconnect.sms.entity.PracticeNotifyServiceView;

/**
 * A practice's own GOV.UK Notify service, used instead of the platform's for its texts. The API key
 * is write-only: answers say only whether one is saved. As with the other settings, answers carry
 * the version as an ETag ({@code "-1"} while the practice uses the platform's service) and a PUT or
 * DELETE with an older {@code If-Match} is refused with 409 {@code CHANGED_BY_SOMEONE_ELSE}.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/notify-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotifyServiceResource {

  @Inject Practices practices;
  @Inject PracticeNotifyServices services;
  @Inject CurrentCaller caller;

  /** Never the key. Unset values are null. */
  @JsonbNillable
  public record NotifyServiceJson(
      boolean ownService,
      String serviceId,
      String templateId,
      String smsSenderId,
      boolean keySaved,
      Instant updatedAt,
      String updatedBy) {}

  /** {@code apiKey} may be left out to keep the saved one. */
  public record NotifyServiceChangeJson(String apiKey, String templateId, String smsSenderId) {
    @Override
    public String toString() {
      return "NotifyServiceChangeJson[apiKey=hidden, templateId="
          + templateId
          + ", smsSenderId="
          + smsSenderId
          + "]";
    }
  }

  @GET
  public Response get(@PathParam("odsCode") String ods) {
    return respond(services.view(practices.readable(caller.get(), ods)));
  }

  @PUT
  @EmptyBodyAsEmptyObject
  public Response put(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NotifyServiceChangeJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    NotifyServiceChangeJson in =
        body == null ? new NotifyServiceChangeJson(null, null, null) : body;
    return respond(
        services.change(
            caller.get(),
            practice,
            in.apiKey(),
            in.templateId(),
            in.smsSenderId(),
            IfMatch.expectedVersion(ifMatch)));
  }

  /** Back to the platform's service. */
  @DELETE
  public Response delete(
      @PathParam("odsCode") String ods, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Practice practice = practices.writable(caller.get(), ods);
    return respond(services.remove(caller.get(), practice, IfMatch.expectedVersion(ifMatch)));
  }

  private static Response respond(PracticeNotifyServiceView v) {
    return Response.ok(
            new NotifyServiceJson(
                v.ownService(),
                v.serviceId(),
                v.templateId(),
                v.smsSenderId(),
                v.keySaved(),
                v.updatedAt(),
                v.updatedBy()))
        .tag(new EntityTag(Long.toString(v.version())))
        .build();
  }
}
