package uk.practiceconnect.gpconnect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
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
import uk.practiceconnect.gpconnect.control.GpConnectSettingsService;
import uk.practiceconnect.gpconnect.entity.GpConnectSettingsView;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.platform.web.IfMatch;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A practice's GP Connect provider. As with the EMIS settings, answers carry the version as an ETag
 * ({@code "-1"} while nothing is saved) and a PUT with an older {@code If-Match} is refused with
 * 409 {@code CHANGED_BY_SOMEONE_ELSE}.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/gp-connect-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GpConnectSettingsResource {

  @Inject Practices practices;
  @Inject GpConnectSettingsService settings;
  @Inject CurrentCaller caller;

  /** Unset values are null. */
  @JsonbNillable
  public record SettingsJson(
      String endpoint,
      String providerAsid,
      String providerOdsCode,
      Instant updatedAt,
      String updatedBy) {}

  /** All three together: a PUT replaces the provider. */
  public record SettingsChangeJson(String endpoint, String providerAsid, String providerOdsCode) {}

  @GET
  public Response get(@PathParam("odsCode") String ods) {
    return respond(settings.view(practices.readable(caller.get(), ods)));
  }

  @PUT
  @EmptyBodyAsEmptyObject
  public Response put(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SettingsChangeJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    SettingsChangeJson in = body == null ? new SettingsChangeJson(null, null, null) : body;
    return respond(
        settings.change(
            caller.get(),
            practice,
            in.endpoint(),
            in.providerAsid(),
            in.providerOdsCode(),
            IfMatch.expectedVersion(ifMatch)));
  }

  private static Response respond(GpConnectSettingsView v) {
    return Response.ok(
            new SettingsJson(
                v.endpoint(), v.providerAsid(), v.providerOdsCode(), v.updatedAt(), v.updatedBy()))
        .tag(new EntityTag(Long.toString(v.version())))
        .build();
  }
}
