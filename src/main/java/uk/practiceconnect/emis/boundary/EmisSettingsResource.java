package uk.practiceconnect.emis.boundary;

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
import java.util.List;
import uk.practiceconnect.emis.control.EmisSettingsService;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.EmisSettingsView;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.platform.web.IfMatch;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A practice's EMIS settings. Responses carry the version as an ETag ({@code "-1"} while nothing is
 * saved); a PUT with {@code If-Match} is refused with 409 {@code CHANGED_BY_SOMEONE_ELSE} when
 * someone else changed the settings in between, and with 400 when the tag is not one of ours.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/emis-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmisSettingsResource {

  @Inject Practices practices;
  @Inject EmisSettingsService settings;
  @Inject CurrentCaller caller;
  @Inject PartnerApi partner;

  /** The settings as other systems see them: never the password. Unset values are null. */
  @JsonbNillable
  public record SettingsJson(
      String organisationId,
      String apiUsername,
      boolean apiPasswordSet,
      Instant updatedAt,
      String updatedBy) {}

  public record OrganisationIdJson(String organisationId) {}

  public record ApiUserJson(String username, String password) {
    @Override
    public String toString() {
      return "ApiUserJson[username=" + username + ", password=hidden]";
    }
  }

  @GET
  public Response get(@PathParam("odsCode") String ods) {
    return respond(settings.view(practices.readable(caller.get(), ods)));
  }

  @PUT
  @Path("organisation-id")
  @EmptyBodyAsEmptyObject
  public Response putOrganisationId(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      OrganisationIdJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    String raw = body == null ? null : body.organisationId();
    return respond(
        settings.changeOrganisationId(
            caller.get(), practice, raw, IfMatch.expectedVersion(ifMatch)));
  }

  @PUT
  @Path("api-user")
  @EmptyBodyAsEmptyObject
  public Response putApiUser(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ApiUserJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    ApiUserJson in = body == null ? new ApiUserJson(null, null) : body;
    return respond(
        settings.changeApiUser(
            caller.get(),
            practice,
            in.username(),
            in.password(),
            IfMatch.expectedVersion(ifMatch)));
  }

  public record SlotTypesJson(List<String> slotTypes) {}

  @GET
  @Path("slot-types")
  public SlotTypesJson slotTypes(@PathParam("odsCode") String ods) {
    return new SlotTypesJson(partner.slotTypes(practices.readable(caller.get(), ods)));
  }

  private static Response respond(EmisSettingsView v) {
    return Response.ok(
            new SettingsJson(
                v.organisationId(),
                v.apiUsername(),
                v.apiPasswordSet(),
                v.updatedAt(),
                v.updatedBy()))
        .tag(new EntityTag(Long.toString(v.version())))
        .build();
  }
}
