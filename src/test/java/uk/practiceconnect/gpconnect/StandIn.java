package uk.practiceconnect.gpconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.practiceconnect.testing.Api;

/**
 * The GP Connect provider stand-in spoken to by hand, as another consumer system would: every Spine
 * header and JWT claim written out here (not through the product's client), so a test can leave one
 * out or get one wrong. Also the stand-in's admin face, to see what a provider holds.
 */
final class StandIn {

  static final String ODS = "A81099";
  static final String ASID = "918999199121";
  static final String OTHER_PROVIDER_ASID = "918999198993"; // Parkside's (A81003)
  static final String OTHER_CONSUMER_ASID = "200000000777";
  static final String OTHER_CONSUMER_ODS = "Y90777";
  static final String URN = "urn:nhs:names:services:gpconnect:fhir:";
  static final String FHIR_JSON = "application/fhir+json";

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Api api;

  StandIn(Api api) {
    this.api = api;
  }

  /** The FHIR base as a directory would give it (what a practice's settings hold). */
  String endpoint() {
    return api.uri("sandbox/gpconnect/" + ODS + "/STU3/1/gpconnect").toString();
  }

  /** A well-formed request of another consumer; change it before sending to break one rule. */
  Request request(String method, String path, String interaction, String scope) {
    return new Request(method, path, interaction, scope);
  }

  /** What came back, with the FHIR JSON parsed on demand. */
  record Reply(int status, String contentType, String etag, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    /** The Spine error code of an OperationOutcome's first issue. */
    String spineCode() {
      JsonObject issue = json().getJsonArray("issue").getJsonObject(0);
      return issue
          .getJsonObject("details")
          .getJsonArray("coding")
          .getJsonObject(0)
          .getString("code");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }

  final class Request {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, JsonValue> claims = new LinkedHashMap<>();
    private String body;

    private Request(String method, String path, String interaction, String scope) {
      this.method = method;
      this.path = path;
      headers.put("Ssp-TraceID", UUID.randomUUID().toString());
      headers.put("Ssp-From", OTHER_CONSUMER_ASID);
      headers.put("Ssp-To", ASID);
      headers.put("Ssp-InteractionID", URN + interaction);
      headers.put("Accept", FHIR_JSON);
      long iat = Instant.now().getEpochSecond() - 5; // never "in the future" to the server
      claim("iss", Json.createValue("https://other-consumer.example"));
      claim("sub", Json.createValue("10019"));
      claim("aud", Json.createValue(endpoint()));
      claim("iat", Json.createValue(iat));
      claim("exp", Json.createValue(iat + 300));
      claim("reason_for_request", Json.createValue("directcare"));
      claim("requested_scope", Json.createValue(scope));
      claim("requesting_device", StandInBodies.device());
      claim(
          "requesting_organization",
          StandInBodies.organisation(OTHER_CONSUMER_ODS, "Other Consumer Ltd"));
      claim("requesting_practitioner", StandInBodies.practitioner("10019"));
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Request without(String header) {
      headers.remove(header);
      return this;
    }

    Request claim(String name, JsonValue value) {
      claims.put(name, value);
      return this;
    }

    Request withoutClaim(String name) {
      claims.remove(name);
      return this;
    }

    Request body(String json) {
      this.body = json;
      return this;
    }

    Reply send() {
      if (!headers.containsKey("Authorization") && !claims.isEmpty()) {
        headers.put("Authorization", "Bearer " + jwt());
      }
      return sendAsIs();
    }

    /** Sends without adding the Authorization header the claims would make. */
    Reply sendWithoutToken() {
      headers.remove("Authorization");
      return sendAsIs();
    }

    private Reply sendAsIs() {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(api.uri("sandbox/gpconnect/" + ODS + "/STU3/1/gpconnect/" + path))
              .timeout(Duration.ofSeconds(30));
      headers.forEach(b::header);
      if (body == null) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        b.header("Content-Type", FHIR_JSON + ";charset=utf-8");
        b.method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      try {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
            r.statusCode(),
            r.headers().firstValue("Content-Type").orElse(""),
            r.headers().firstValue("ETag").orElse(null),
            r.body());
      } catch (Exception e) {
        throw new IllegalStateException(method + " " + path + " failed: " + e, e);
      }
    }

    /** An unsecured JWT: header and claims base64url-encoded, an empty signature. */
    private String jwt() {
      JsonObjectBuilder payload = Json.createObjectBuilder();
      claims.forEach(payload::add);
      return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}")
          + "."
          + base64(payload.build().toString())
          + ".";
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Books a slot as the other consumer: the Appointment GP Connect asks for, with the slot's exact
   * times, the stand-in's location and the other consumer as booking organisation.
   */
  Reply bookAsOtherConsumer(String slotId, Instant start, Instant end, String patientId) {
    return request("POST", "Appointment", "rest:create:appointment-1", "patient/*.write")
        .body(StandInBodies.appointment(slotId, start, end, patientId))
        .send();
  }

  /**
   * Cancels an appointment as the practice's other consumer would, the way the specification says:
   * read it, send it back with status cancelled and the cancellation reason, quoting its ETag.
   */
  Reply cancelAsOtherConsumer(String appointmentId, String reason) {
    Reply read =
        request("GET", "Appointment/" + appointmentId, "rest:read:appointment-1", "patient/*.read")
            .send();
    assertEquals(200, read.status(), read::toString);
    JsonObject current = read.json();
    var extensions = Json.createArrayBuilder();
    if (current.containsKey("extension")) {
      current.getJsonArray("extension").forEach(extensions::add);
    }
    extensions.add(
        Json.createObjectBuilder()
            .add(
                "url",
                "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1")
            .add("valueString", reason));
    String cancelled =
        Json.createObjectBuilder(current)
            .add("status", "cancelled")
            .add("extension", extensions)
            .build()
            .toString();
    return request(
            "PUT", "Appointment/" + appointmentId, "rest:cancel:appointment-1", "patient/*.write")
        .header("If-Match", read.etag())
        .body(cancelled)
        .send();
  }

  /** The appointments the stand-in holds for the test provider (admin face, not GP Connect). */
  List<JsonObject> appointments() {
    Api.Reply r = api.get("sandbox/gpconnect/admin/v1/providers/" + ODS + "/appointments", null);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("appointments").getValuesAs(JsonObject.class);
  }

  /** The practitioners the test provider's calls of this interaction were made for (audit). */
  List<String> requestedBy(String interaction) {
    Api.Reply r = api.get("sandbox/gpconnect/admin/v1/providers/" + ODS + "/calls", null);
    assertEquals(200, r.status(), r::toString);
    JsonObject by = r.json().getJsonObject("requestedBy");
    return by.containsKey(interaction)
        ? by.getJsonArray(interaction).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }

  JsonObject appointment(String id) {
    return appointments().stream()
        .filter(a -> id.equals(String.valueOf(a.getJsonNumber("id").longValue())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the stand-in holds no appointment " + id));
  }
}
