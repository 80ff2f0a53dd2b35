package uk.practiceconnect.sandbox.gpconnect.control;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.hl7.fhir.dstu3.model.Device;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Practitioner;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * The audit and provenance token of a GP Connect request ({@code Authorization: Bearer <JWT>}),
 * checked as a provider does: an unsecured JWT ({@code alg} none, empty signature) whose claims
 * name the consumer system ({@code iss}), the user ({@code sub}, equal to the requesting
 * practitioner's id), the endpoint ({@code aud}), a lifetime of exactly 300 seconds ({@code exp =
 * iat + 300}, issued not in the future, not expired), {@code reason_for_request} directcare, the
 * {@code requested_scope} the interaction needs, and the requesting device, organisation (with its
 * ODS code) and practitioner (with SDS user and role profile ids and a name) as minimal FHIR
 * resources.
 *
 * <p>Malformed or missing claims are BAD_REQUEST (400); a claim that does not parse as the FHIR
 * resource it should be is INVALID_RESOURCE (422), as the error handling guidance and the provider
 * test suite have it.
 */
public final class AuditToken {

  public static final long LIFETIME_SECONDS = 300;
  public static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
  public static final String SDS_USER_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";
  public static final String SDS_ROLE_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";

  /** Who asked, as the token says (for the stand-in's own records). */
  public record Claims(String requestingOds, String practitionerId, String scope) {}

  private AuditToken() {}

  /**
   * @param endpointPath the path of this provider's FHIR base ({@code aud} must name it)
   */
  public static Claims verify(
      String authorization, Interaction interaction, String endpointPath, Instant now) {
    JsonObject claims = payload(token(authorization));
    String sub = string(claims, "sub");
    string(claims, "iss");
    checkAudience(string(claims, "aud"), endpointPath);
    checkLifetime(number(claims, "iat"), number(claims, "exp"), now);
    if (!"directcare".equals(string(claims, "reason_for_request"))) {
      throw bad("JWT reason_for_request must be directcare");
    }
    String scope = string(claims, "requested_scope");
    if (!Interaction.isKnownScope(scope) || !scope.equals(interaction.scope())) {
      throw bad(
          "JWT requested_scope "
              + scope
              + " does not match the request: "
              + interaction.scope()
              + " expected");
    }
    device(resource(claims, "requesting_device", "Device"));
    String ods = organisation(resource(claims, "requesting_organization", "Organization"));
    practitioner(resource(claims, "requesting_practitioner", "Practitioner"), sub);
    return new Claims(ods, sub, scope);
  }

  private static String token(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw bad("The Authorization header is missing: a Bearer JWT is required");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw bad("The Authorization header must be a Bearer token");
    }
    return authorization.substring(7).strip();
  }

  private static JsonObject payload(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw bad("The JWT must have three parts separated by dots");
    }
    if (!parts[2].isEmpty()) {
      throw bad("The JWT must be unsecured: alg none and an empty signature");
    }
    JsonObject header = json(parts[0], "header");
    if (!header.containsKey("alg") || !"none".equals(text(header.get("alg")))) {
      throw bad("The JWT header must say alg none");
    }
    if (header.containsKey("typ") && !"JWT".equalsIgnoreCase(text(header.get("typ")))) {
      throw bad("The JWT header typ must be JWT");
    }
    return json(parts[1], "payload");
  }

  private static JsonObject json(String part, String what) {
    try (JsonReader reader =
        JSON.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (IllegalArgumentException | JsonException e) {
      throw bad("The JWT " + what + " is not base64url-encoded JSON");
    }
  }

  private static void checkAudience(String aud, String endpointPath) {
    URI uri;
    try {
      uri = new URI(aud);
    } catch (URISyntaxException e) {
      throw bad("JWT aud must be the provider's endpoint address");
    }
    // the path only: the stand-in is reached as localhost and 127.0.0.1 alike
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    if (!uri.isAbsolute() || !path.equals(endpointPath.replaceAll("/+$", ""))) {
      throw bad("JWT aud " + aud + " is not this provider's endpoint (…" + endpointPath + ")");
    }
  }

  private static void checkLifetime(long iat, long exp, Instant now) {
    if (exp - iat != LIFETIME_SECONDS) {
      throw bad("JWT exp must be exactly 300 seconds after iat");
    }
    if (iat > now.getEpochSecond()) {
      throw bad("JWT iat is in the future");
    }
    if (exp < now.getEpochSecond()) {
      throw bad("The JWT has expired");
    }
  }

  private static void device(JsonObject json) {
    Device device =
        Fhir.parse(
            Device.class, json.toString(), SpineError.INVALID_RESOURCE, "JWT requesting_device");
    if (device.getIdentifier().stream().noneMatch(Identifier::hasValue)) {
      throw bad("JWT requesting_device must carry an identifier");
    }
  }

  private static String organisation(JsonObject json) {
    Organization org =
        Fhir.parse(
            Organization.class,
            json.toString(),
            SpineError.INVALID_RESOURCE,
            "JWT requesting_organization");
    if (!org.hasName()) {
      throw bad("JWT requesting_organization must have a name");
    }
    return value(org.getIdentifier(), ODS_SYSTEM, "JWT requesting_organization");
  }

  private static void practitioner(JsonObject json, String sub) {
    Practitioner practitioner =
        Fhir.parse(
            Practitioner.class,
            json.toString(),
            SpineError.INVALID_RESOURCE,
            "JWT requesting_practitioner");
    if (!sub.equals(practitioner.getIdElement().getIdPart())) {
      throw bad("JWT sub must equal the id of requesting_practitioner");
    }
    value(practitioner.getIdentifier(), SDS_USER_SYSTEM, "JWT requesting_practitioner");
    value(practitioner.getIdentifier(), SDS_ROLE_SYSTEM, "JWT requesting_practitioner");
    if (practitioner.getName().stream().noneMatch(n -> n.hasFamily())) {
      throw bad("JWT requesting_practitioner must have a name with a family name");
    }
  }

  private static String value(java.util.List<Identifier> identifiers, String system, String what) {
    return identifiers.stream()
        .filter(i -> system.equals(i.getSystem()) && i.hasValue())
        .map(Identifier::getValue)
        .findFirst()
        .orElseThrow(() -> bad(what + " must have an identifier with system " + system));
  }

  private static JsonObject resource(JsonObject claims, String name, String type) {
    JsonValue value = claims.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bad("JWT claim " + name + " is missing or not a FHIR resource");
    }
    JsonObject resource = value.asJsonObject();
    if (!type.equals(text(resource.get("resourceType")))) {
      throw bad("JWT claim " + name + " must be a FHIR " + type);
    }
    return resource;
  }

  private static String string(JsonObject claims, String name) {
    String value = text(claims.get(name));
    if (value == null || value.isBlank()) {
      throw bad("JWT claim " + name + " is missing or empty");
    }
    return value;
  }

  private static long number(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw bad("JWT claim " + name + " must be a whole number of seconds");
    }
    return number.longValue();
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static GpcFailure bad(String diagnostics) {
    return SpineError.BAD_REQUEST.failure(diagnostics);
  }
}
