package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.control.LogonPolicy;
import uk.practiceconnect.sandbox.emis.control.Logons;
import uk.practiceconnect.sandbox.emis.control.PartnerSessions;
import uk.practiceconnect.sandbox.emis.entity.Cdb;
import uk.practiceconnect.sandbox.emis.entity.PartnerCall;
import uk.practiceconnect.sandbox.emis.entity.PartnerSession;

/** Partner face: Logon and Logout. */
@Path("partner/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerLogonResource {

  static final String SESSION_HEADER = "X-EMIS-Session";

  @Inject PartnerResponder responder;
  @Inject Logons logons;
  @Inject PartnerSessions sessions;

  @POST
  @Path("logon")
  public void logon(String body, @Suspended AsyncResponse async) {
    responder.answer(
        async,
        PartnerCall.LOGON,
        organisationIn(body),
        () -> {
          JsonBody json = JsonBody.parse(body);
          Cdb cdb = Cdb.of(json.string("organisationId"));
          var attempt =
              new LogonPolicy.Attempt(
                  json.string("username"), json.string("password"), json.string("applicationId"));
          PartnerSession session = logons.logon(cdb, attempt);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sessionToken", session.token());
          payload.put("idleTimeoutSeconds", sessions.idleTimeout().toSeconds());
          Map<String, Object> user = new LinkedHashMap<>();
          user.put("username", session.username());
          user.put("rbacRole", session.rbacRole());
          payload.put("user", user);
          return PartnerAnswers.ok(payload);
        });
  }

  /** The logon's organisation for faults of one organisation; null when the body says none. */
  private static String organisationIn(String body) {
    try {
      String raw = JsonBody.parse(body).optionalString("organisationId");
      return raw == null ? null : Cdb.of(raw).value();
    } catch (RuntimeException e) { // the logon itself answers what is wrong with the body
      return null;
    }
  }

  /** Ends the session (legacy {@code Logout}); an unknown token is not an error. */
  @POST
  @Path("logout")
  public void logout(@HeaderParam(SESSION_HEADER) String token, @Suspended AsyncResponse async) {
    responder.answer(
        async,
        PartnerCall.LOGOUT,
        sessions.organisationOf(token).map(Cdb::value).orElse(null),
        () -> {
          logons.logout(token);
          return PartnerAnswers.ok(null, null);
        });
  }
}
