package uk.practiceconnect.sandbox.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

class AuditTokenTest {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final long IAT = NOW.getEpochSecond() - 5;

  @Test
  void acceptsTheSpecificationsTokenAndSaysWhoAsked() {
    AuditToken.Claims claims = verify(GpcFixtures.bearer(valid("organization/*.read").build()));
    assertEquals("A81001", claims.requestingOds());
    assertEquals("u-42", claims.practitionerId());
  }

  @Test
  void refusesAMissingOrNonBearerAuthorization() {
    assertBad((String) null, "Authorization header is missing");
    assertBad("Basic dXNlcjpwYXNz", "Bearer");
  }

  @Test
  void refusesASignedTokenOrOneThatIsNotBase64Json() {
    String payload = valid("organization/*.read").build().toString();
    assertBad(GpcFixtures.bearer("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, ""), "alg none");
    assertBad(GpcFixtures.bearer("{\"alg\":\"none\"}", payload, "c2lnbmF0dXJl"), "unsecured");
    assertBad("Bearer not-a-jwt", "three parts");
    assertBad("Bearer eyJhbGciOiJub25lIn0.%%%.", "base64url");
  }

  @Test
  void refusesALifetimeOtherThanExactlyFiveMinutes() {
    assertBad(valid("organization/*.read").add("exp", IAT + 301), "exactly 300 seconds");
    assertBad(valid("organization/*.read").add("exp", IAT + 299), "exactly 300 seconds");
  }

  @Test
  void refusesATokenIssuedInTheFutureOrExpired() {
    long future = NOW.getEpochSecond() + 200;
    assertBad(GpcFixtures.claims(future, "organization/*.read"), "future");
    long old = NOW.getEpochSecond() - 400;
    assertBad(GpcFixtures.claims(old, "organization/*.read"), "expired");
  }

  @Test
  void refusesAReasonOtherThanDirectCare() {
    assertBad(
        valid("organization/*.read").add("reason_for_request", "secondaryuses"), "directcare");
  }

  @Test
  void refusesAScopeThatDoesNotMatchTheInteraction() {
    assertBad(valid("patient/*.read"), "requested_scope");
    assertBad(valid("encounter/*.read"), "requested_scope");
  }

  @Test
  void refusesAnAudienceThatIsNotThisEndpoint() {
    assertBad(
        valid("organization/*.read")
            .add("aud", "https://elsewhere.example/B82617/STU3/1/gpconnect"),
        "aud");
    assertBad(valid("organization/*.read").add("aud", "not a uri"), "aud");
  }

  @Test
  void refusesMissingClaims() {
    for (String claim :
        new String[] {
          "iss",
          "sub",
          "aud",
          "exp",
          "iat",
          "reason_for_request",
          "requested_scope",
          "requesting_device",
          "requesting_organization",
          "requesting_practitioner"
        }) {
      assertBad(valid("organization/*.read").remove(claim), claim);
    }
  }

  @Test
  void refusesAnOrganisationWithoutOdsCode() {
    JsonObject org =
        Json.createObjectBuilder()
            .add("resourceType", "Organization")
            .add("name", "Riverside Surgery")
            .add(
                "identifier",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("system", "local").add("value", "1")))
            .build();
    assertBad(
        valid("organization/*.read").add("requesting_organization", org), AuditToken.ODS_SYSTEM);
  }

  @Test
  void refusesAClaimOfTheWrongResourceType() {
    JsonObject patient = Json.createObjectBuilder().add("resourceType", "Patient").build();
    assertBad(valid("organization/*.read").add("requesting_practitioner", patient), "Practitioner");
    assertBad(valid("organization/*.read").add("requesting_device", patient), "Device");
  }

  @Test
  void refusesAPractitionerWhoIsNotTheSubject() {
    assertBad(valid("organization/*.read").add("sub", "someone-else"), "sub");
  }

  @Test
  void answersInvalidResourceForAClaimThatIsNotValidFhir() {
    JsonObject broken =
        Json.createObjectBuilder()
            .add("resourceType", "Practitioner")
            .add("id", "u-42")
            .add("gender", Json.createObjectBuilder().add("not", "a code"))
            .build();
    GpcFailure f =
        assertThrows(
            GpcFailure.class,
            () ->
                verify(
                    GpcFixtures.bearer(
                        valid("organization/*.read")
                            .add("requesting_practitioner", broken)
                            .build())));
    assertTrue(
        f.error() == SpineError.INVALID_RESOURCE || f.error() == SpineError.BAD_REQUEST,
        f.error().name());
  }

  private static JsonObjectBuilder valid(String scope) {
    return GpcFixtures.claims(IAT, scope);
  }

  private static AuditToken.Claims verify(String authorization) {
    return AuditToken.verify(authorization, Interaction.READ_METADATA, GpcFixtures.ENDPOINT, NOW);
  }

  private static void assertBad(JsonObjectBuilder claims, String words) {
    assertBad(GpcFixtures.bearer(claims.build()), words);
  }

  private static void assertBad(String authorization, String words) {
    GpcFailure f = assertThrows(GpcFailure.class, () -> verify(authorization));
    assertEquals(SpineError.BAD_REQUEST, f.error(), f.diagnostics());
    assertTrue(f.diagnostics().contains(words), f.diagnostics());
  }
}
