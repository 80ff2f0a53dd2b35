package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.sandbox.gpconnect.control.Appointments;
import uk.practiceconnect.sandbox.gpconnect.control.ProviderCalls;
import uk.practiceconnect.sandbox.gpconnect.control.ProviderFaults;
import uk.practiceconnect.sandbox.gpconnect.control.Providers;
import uk.practiceconnect.sandbox.gpconnect.entity.BookedAppointment;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;

/**
 * Admin face for tests and the demo (not part of GP Connect): the providers with their FHIR base
 * addresses and test patients, the appointments booked at a provider, the calls it was sent, a
 * reset, and injected latency and errors per provider. Answers JSON; errors are problem details.
 * Registering patients is {@link AdminPatientsResource}.
 */
@Path("admin/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

  /** A provider as the admin face lists it. */
  public record ProviderView(
      String odsCode, String name, String asid, String fhirBase, List<PatientView> patients) {}

  public record PatientView(
      String id, String nhsNumber, String name, String birthDate, String mobile) {}

  public record AppointmentView(
      Long id,
      String patientId,
      String status,
      Instant start,
      Instant end,
      List<String> slotIds,
      String description,
      String comment,
      String cancellationReason,
      String bookedByOds,
      int version) {

    static AppointmentView of(BookedAppointment a) {
      return new AppointmentView(
          a.id(),
          a.patientId(),
          a.status().name(),
          a.start(),
          a.end(),
          a.slotIds(),
          a.description(),
          a.comment(),
          a.cancellationReason(),
          a.bookedByOds(),
          a.version());
    }
  }

  @Inject Providers providers;
  @Inject Appointments appointments;
  @Inject ProviderFaults faults;
  @Inject ProviderCalls calls;

  @Context UriInfo uri;

  @GET
  @Path("providers")
  public Map<String, List<ProviderView>> providers() {
    return Map.of("providers", providers.all().stream().map(this::view).toList());
  }

  @GET
  @Path("providers/{ods}/appointments")
  public Map<String, List<AppointmentView>> appointments(@PathParam("ods") String ods) {
    Provider provider = providers.require(ods);
    return Map.of(
        "appointments", appointments.all(provider).stream().map(AppointmentView::of).toList());
  }

  /**
   * The FHIR calls the provider was sent since its reset, by interaction, and who asked for those
   * let in (the requesting practitioners' ids): {@code {"calls": {"SEARCH_SLOT": 12, ...}, "total":
   * 12, "requestedBy": {"SEARCH_SLOT": ["online-booking"], ...}}}.
   */
  @GET
  @Path("providers/{ods}/calls")
  public Map<String, Object> calls(@PathParam("ods") String ods) {
    String provider = providers.require(ods).odsCode();
    Map<String, Long> counts = calls.of(provider);
    return Map.of(
        "calls",
        counts,
        "total",
        counts.values().stream().mapToLong(n -> n).sum(),
        "requestedBy",
        calls.askers(provider));
  }

  /** Forgets the provider's appointments, faults, added patients and call counts. */
  @POST
  @Path("providers/{ods}/reset")
  public Response reset(@PathParam("ods") String ods) {
    Provider provider = providers.require(ods);
    appointments.reset(provider);
    faults.clear(provider.odsCode());
    providers.forgetAddedPatients(provider.odsCode());
    calls.clear(provider.odsCode());
    return Response.noContent().build();
  }

  /** Resets every provider. */
  @POST
  @Path("reset")
  public Response resetAll() {
    providers.all().forEach(appointments::reset);
    providers.all().forEach(p -> providers.forgetAddedPatients(p.odsCode()));
    faults.clearAll();
    calls.clearAll();
    return Response.noContent().build();
  }

  @GET
  @Path("faults")
  public Map<String, Map<String, ProviderFaults.Fault>> faults() {
    return Map.of("faults", faults.all());
  }

  /** {@code {latencyMs, errorRate}}: missing numbers are 0. */
  @PUT
  @Path("providers/{ods}/faults")
  public Map<String, Map<String, ProviderFaults.Fault>> putFault(
      @PathParam("ods") String ods, String body) {
    Provider provider = providers.require(ods);
    JsonObject json = AdminJson.object(body);
    faults.put(
        provider.odsCode(),
        new ProviderFaults.Fault(
            (int) AdminJson.number(json, "latencyMs"), AdminJson.number(json, "errorRate")));
    return faults();
  }

  @DELETE
  @Path("providers/{ods}/faults")
  public Response clearFault(@PathParam("ods") String ods) {
    faults.clear(providers.require(ods).odsCode());
    return Response.noContent().build();
  }

  private ProviderView view(Provider p) {
    String base = uri.getBaseUri().toString();
    return new ProviderView(
        p.odsCode(),
        p.name(),
        p.asid(),
        (base.endsWith("/") ? base : base + "/") + p.odsCode() + "/STU3/1/gpconnect",
        p.patients().stream()
            .map(
                t ->
                    new PatientView(
                        t.id(),
                        t.nhsNumber(),
                        t.displayName(),
                        t.birthDate().toString(),
                        t.mobile()))
            .toList());
  }
}
