package uk.practiceconnect.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.practiceconnect.platform.web.EmptyBodyAsEmptyObject;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

@ApplicationScoped
@Path("v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticesResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;

  public record PracticeJson(String odsCode, String name) {
    static PracticeJson of(Practice p) {
      return new PracticeJson(p.odsCode().value(), p.name().value());
    }
  }

  @GET
  public List<PracticeJson> list() {
    return practices.visibleTo(caller.get()).stream().map(PracticeJson::of).toList();
  }

  @GET
  @Path("{odsCode}")
  public PracticeJson get(@PathParam("odsCode") String ods) {
    return PracticeJson.of(practices.readable(caller.get(), ods));
  }

  @POST
  @EmptyBodyAsEmptyObject
  public Response add(PracticeJson body, @jakarta.ws.rs.core.Context UriInfo uri) {
    PracticeJson in = body == null ? new PracticeJson(null, null) : body;
    Practice created = practices.create(caller.get(), in.odsCode(), in.name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.odsCode().value()).build())
        .entity(PracticeJson.of(created))
        .build();
  }
}
