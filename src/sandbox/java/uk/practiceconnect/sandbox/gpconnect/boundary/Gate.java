package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import uk.practiceconnect.sandbox.gpconnect.control.AuditToken;
import uk.practiceconnect.sandbox.gpconnect.control.ProviderCalls;
import uk.practiceconnect.sandbox.gpconnect.control.ProviderFaults;
import uk.practiceconnect.sandbox.gpconnect.control.Providers;
import uk.practiceconnect.sandbox.gpconnect.control.SspHeaders;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;

/**
 * What every FHIR request passes before its operation, in the order a provider behind Spine meets
 * them: the provider at the address, injected latency and faults, the Spine headers, the formats,
 * and the audit JWT.
 */
@ApplicationScoped
class Gate {

  /** A request let in: the provider and who asked. */
  record Admitted(Provider provider, Interaction interaction, AuditToken.Claims claims) {}

  @Inject Providers providers;
  @Inject ProviderFaults faults;
  @Inject ProviderCalls calls;
  @Inject Clock clock;

  Admitted admit(String ods, HttpHeaders headers, UriInfo uri, Interaction interaction) {
    Provider provider = providers.require(ods);
    calls.count(provider.odsCode(), interaction);
    faults.apply(provider.odsCode());
    SspHeaders.check(headers::getHeaderString, provider, interaction);
    FhirMedia.checkAccept(headers, uri);
    AuditToken.Claims claims =
        AuditToken.verify(
            headers.getHeaderString(HttpHeaders.AUTHORIZATION),
            interaction,
            endpointPath(uri, ods),
            clock.instant());
    calls.askedBy(provider.odsCode(), interaction, claims.practitionerId());
    return new Admitted(provider, interaction, claims);
  }

  /** For a PUT of an Appointment: amend or cancel, as the interaction id says. */
  Admitted admitChange(String ods, HttpHeaders headers, UriInfo uri) {
    boolean cancel =
        Interaction.CANCEL_APPOINTMENT.id().equals(headers.getHeaderString("Ssp-InteractionID"));
    return admit(
        ods,
        headers,
        uri,
        cancel ? Interaction.CANCEL_APPOINTMENT : Interaction.UPDATE_APPOINTMENT);
  }

  /**
   * The path of the provider's FHIR base, e.g. {@code /sandbox/gpconnect/A81003/STU3/1/gpconnect}.
   */
  static String endpointPath(UriInfo uri, String ods) {
    String base = uri.getBaseUri().getPath();
    return (base.endsWith("/") ? base : base + "/") + ods + "/STU3/1/gpconnect";
  }
}
