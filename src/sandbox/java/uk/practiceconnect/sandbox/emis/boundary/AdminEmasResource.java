package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.control.DemoBooks;
import uk.practiceconnect.sandbox.emis.control.EmasManager;
import uk.practiceconnect.sandbox.emis.control.Organisations;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.EmasView;
import uk.practiceconnect.sandbox.emis.entity.LoginAccess;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * Admin face: what EMAS Manager does for one organisation (users, Edit Users, Login Access,
 * application and call activation), plus generating a demo book. Every settings change answers with
 * the organisation's whole EMAS Manager view.
 */
@Path("admin/v1/organisations/{cdb}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminEmasResource {

  @Inject EmasManager emas;
  @Inject Organisations organisations;
  @Inject DemoBooks demoBooks;
  @Inject Clock clock;

  @PathParam("cdb")
  String cdb;

  @GET
  public EmasView view() {
    return emas.view(Cdb.of(cdb));
  }

  @PUT
  @Path("users/{username}")
  public Response putUser(@PathParam("username") String username, String body) {
    JsonBody json = JsonBody.parse(body);
    var settings =
        new EmasManager.UserSettings(
            json.optionalString("password"),
            json.optionalString("rbacRole"),
            json.bool("defaultRole", false),
            json.bool("enabled", true),
            json.bool("mustChangePassword", false),
            json.optionalDate("contractEndDate"));
    boolean created = emas.putUser(Cdb.of(cdb), username, settings);
    return Response.status(created ? 201 : 200).entity(view()).build();
  }

  @PUT
  @Path("users/{username}/partner-password")
  public EmasView partnerPassword(@PathParam("username") String username, String body) {
    emas.setPartnerPassword(Cdb.of(cdb), username, JsonBody.parse(body).string("password"));
    return view();
  }

  @PUT
  @Path("users/{username}/login-access")
  public EmasView loginAccess(@PathParam("username") String username, String body) {
    JsonBody json = JsonBody.parse(body);
    emas.setLoginAccess(
        Cdb.of(cdb),
        username,
        new LoginAccess(json.requiredBool("allowLogin"), json.requiredBool("autoLogin")));
    return view();
  }

  @POST
  @Path("application/deactivate")
  public EmasView deactivate() {
    emas.deactivateApplication(Cdb.of(cdb));
    return view();
  }

  @POST
  @Path("application/activate")
  public EmasView activate() {
    emas.activateApplication(Cdb.of(cdb));
    return view();
  }

  @POST
  @Path("api-calls/{call}/deactivate")
  public EmasView deactivateCall(@PathParam("call") String call) {
    PartnerCall partnerCall =
        PartnerCall.named(call)
            .filter(PartnerCall::deactivatable)
            .orElseThrow(() -> SandboxFailure.notFound("No API call named " + call));
    emas.deactivateCall(Cdb.of(cdb), partnerCall);
    return view();
  }

  /** Generates demo sessions, slots, patients and bookings from today on; see DemoBooks. */
  @POST
  @Path("demo-data")
  public Map<String, Object> demoData(String body) {
    JsonBody json = JsonBody.parseOptional(body);
    var request =
        new DemoBooks.Request(
            json.integer("days", 21),
            json.integer("slotsPerDay", 48),
            json.integer("patients", 200));
    Long org = organisations.findOrCreate(Cdb.of(cdb), null).id();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    DemoBooks.Result added = demoBooks.generate(org, today, request);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("organisationId", cdb);
    answer.put("from", today);
    answer.put("added", added);
    return answer;
  }
}
