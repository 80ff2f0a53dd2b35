package uk.practiceconnect.emis.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The EMIS partner API over HTTP, as docs/emis-partner-api.md describes it. Bodies travel as JSON
 * text that {@link PartnerReplies} reads, so one place decides what every answer means; a failed
 * answer becomes a {@code PartnerException} in {@link PartnerReplies.Failures}. Application-scoped
 * through {@code emis-partner/mp-rest/scope}: one HTTP client for the whole application. {@link
 * LocalPortFilter} keeps calls to the sandbox in this server on the port it really listens on.
 */
@RegisterRestClient(configKey = "emis-partner")
@RegisterProvider(PartnerReplies.Failures.class)
@RegisterProvider(LocalPortFilter.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PartnerClient {

  String SESSION = "X-EMIS-Session";

  @POST
  @Path("logon")
  String logon(String body);

  @POST
  @Path("logout")
  String logout(@HeaderParam(SESSION) String token);

  @GET
  @Path("appointment-sessions")
  String appointmentSessions(
      @HeaderParam(SESSION) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to);

  @GET
  @Path("slots")
  String slots(
      @HeaderParam(SESSION) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("slotType") String slotType,
      @QueryParam("status") String status);

  @GET
  @Path("appointments")
  String bookedAppointments(
      @HeaderParam(SESSION) String token,
      @QueryParam("from") String from,
      @QueryParam("to") String to);

  @GET
  @Path("patients/{nhsNumber}/appointments")
  String patientAppointments(
      @HeaderParam(SESSION) String token,
      @PathParam("nhsNumber") String nhsNumber,
      @QueryParam("from") String from);

  @POST
  @Path("patients/match")
  String matchPatient(@HeaderParam(SESSION) String token, String body);

  @POST
  @Path("appointments")
  String book(@HeaderParam(SESSION) String token, String body);

  @POST
  @Path("appointments/{appointmentId}/status")
  String setStatus(
      @HeaderParam(SESSION) String token,
      @PathParam("appointmentId") String appointmentId,
      String body);
}
