package uk.practiceconnect.gpconnect.control;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import uk.practiceconnect.gpconnect.entity.Requester;

/**
 * The unsigned JSON Web Token every GP Connect request carries as its bearer token, for the
 * provider's audit trail (1.2.7, "Cross organisation audit and provenance"): header {@code alg:
 * none}, an empty signature, and the claims iss, sub, aud (the provider's service root), iat, exp
 * (iat + 5 minutes), reason_for_request, requested_scope and the requesting device, organisation
 * and practitioner as minimal FHIR STU3 resources. A new token per request; never logged.
 */
final class AccessToken {

  static final Duration LIFETIME = Duration.ofMinutes(5);

  static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
  static final String SDS_USER_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";
  static final String SDS_ROLE_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";

  private static final String HEADER =
      encode(JSON.createObjectBuilder().add("alg", "none").add("typ", "JWT").build());

  private AccessToken() {}

  /**
   * @param staff the member of staff the call is made for, or empty for Practice Connect's own
   *     configured practitioner (patients online, other systems, background work)
   */
  static String unsigned(
      ConsumerIdentity us,
      URI audience,
      Interaction interaction,
      Instant now,
      Optional<Requester> staff) {
    long issuedAt = now.getEpochSecond();
    ConsumerIdentity.Practitioner who = staff.map(us::staff).orElse(us.practitioner());
    JsonObject claims =
        JSON.createObjectBuilder()
            .add("iss", us.issuer())
            .add("sub", who.id())
            .add("aud", audience.toString())
            .add("exp", issuedAt + LIFETIME.toSeconds())
            .add("iat", issuedAt)
            .add("reason_for_request", "directcare")
            .add("requested_scope", interaction.scope())
            .add("requesting_device", device(us.device()))
            .add("requesting_organization", organisation(us.organisation()))
            .add("requesting_practitioner", practitioner(who))
            .build();
    return HEADER + "." + encode(claims) + ".";
  }

  private static JsonObject device(ConsumerIdentity.Device device) {
    return JSON.createObjectBuilder()
        .add("resourceType", "Device")
        .add("identifier", JSON.createArrayBuilder().add(identifier(device.system(), device.id())))
        .add("model", device.model())
        .add("version", device.version())
        .build();
  }

  private static JsonObject organisation(ConsumerIdentity.Organisation organisation) {
    return JSON.createObjectBuilder()
        .add("resourceType", "Organization")
        .add(
            "identifier",
            JSON.createArrayBuilder().add(identifier(ODS_SYSTEM, organisation.odsCode())))
        .add("name", organisation.name())
        .build();
  }

  private static JsonObject practitioner(ConsumerIdentity.Practitioner who) {
    JsonObjectBuilder name = JSON.createObjectBuilder().add("family", who.family());
    if (!who.given().isBlank()) {
      name.add("given", JSON.createArrayBuilder().add(who.given()));
    }
    if (!who.prefix().isBlank()) {
      name.add("prefix", JSON.createArrayBuilder().add(who.prefix()));
    }
    JsonArrayBuilder identifiers =
        JSON.createArrayBuilder()
            .add(identifier(SDS_USER_SYSTEM, who.sdsUserId()))
            .add(identifier(SDS_ROLE_SYSTEM, who.sdsRoleProfileId()))
            .add(identifier(who.localSystem(), who.id()));
    return JSON.createObjectBuilder()
        .add("resourceType", "Practitioner")
        .add("id", who.id())
        .add("identifier", identifiers)
        .add("name", JSON.createArrayBuilder().add(name))
        .build();
  }

  private static JsonObjectBuilder identifier(String system, String value) {
    return JSON.createObjectBuilder().add("system", system).add("value", value);
  }

  private static String encode(JsonObject json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
