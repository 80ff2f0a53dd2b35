package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import uk.practiceconnect.sandbox.gpconnect.control.Diary;
import uk.practiceconnect.sandbox.gpconnect.control.PatientRegister;
import uk.practiceconnect.sandbox.gpconnect.control.Providers;
import uk.practiceconnect.sandbox.gpconnect.entity.TestPatient;

/**
 * Admin face: registers a patient at a provider, beyond its five fixed ones ({@code PUT
 * providers/{ods}/patients/{nhsNumber}} with {@code given}, {@code family}, {@code birthDate} and
 * optionally {@code prefix}, {@code gender}, {@code mobile}, {@code postcode}). 201 for a new
 * number, 200 when an added patient was replaced; the provider's reset forgets them.
 */
@Path("admin/v1/providers/{ods}/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPatientsResource {

  @Inject Providers providers;
  @Inject Clock clock;

  @PUT
  @Path("{nhsNumber}")
  public Response register(
      @PathParam("ods") String ods, @PathParam("nhsNumber") String nhsNumber, String body) {
    JsonObject json = AdminJson.object(body);
    PatientRegister.Details details =
        new PatientRegister.Details(
            AdminJson.text(json, "prefix"),
            AdminJson.text(json, "given"),
            AdminJson.text(json, "family"),
            AdminJson.text(json, "gender"),
            AdminJson.date(json, "birthDate"),
            AdminJson.text(json, "mobile"),
            AdminJson.text(json, "postcode"));
    PatientRegister.Registered done =
        providers.register(
            ods, nhsNumber.replace(" ", ""), details, LocalDate.now(clock.withZone(Diary.UK)));
    TestPatient p = done.patient();
    return Response.status(done.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(
            new AdminResource.PatientView(
                p.id(), p.nhsNumber(), p.displayName(), p.birthDate().toString(), p.mobile()))
        .build();
  }
}
