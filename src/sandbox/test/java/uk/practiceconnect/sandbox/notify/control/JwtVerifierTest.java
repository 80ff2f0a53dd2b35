package uk.practiceconnect.sandbox.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.Authentication;
import uk.practiceconnect.sandbox.notify.entity.KeyType;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

class JwtVerifierTest {

  static final String SERVICE = "53ff6253-f57d-46af-89ee-17c82a90f77e";
  static final String SECRET = "d94c1f24-6a9d-4dcf-a90d-1099d89354c3";
  static final String TEST_SECRET = "b6e68394-1aa2-4386-88db-c48e831f8854";
  static final String OTHER = "ed737a1c-cccd-4a81-8a0e-418848672bdb";

  final NotifyApiKey live = NotifyApiKey.parse("practice-connect-demo-" + SERVICE + "-" + SECRET);
  final NotifyApiKey test = NotifyApiKey.parse("test_key-" + SERVICE + "-" + TEST_SECRET);
  final MutableClock clock = new MutableClock(Instant.now());
  final JwtVerifier verifier = new JwtVerifier(List.of(live, test), clock);

  @Test
  void acceptsATokenMadeByTheNotifyJavaClient() {
    String token = new Authentication().create(SERVICE, SECRET);
    NotifyApiKey key = verifier.verify("Bearer " + token);
    assertEquals(live, key);
    assertEquals(KeyType.LIVE, key.type());
  }

  @Test
  void tellsWhichOfTheServicesKeysSigned() {
    String token = new Authentication().create(SERVICE, TEST_SECRET);
    assertEquals(KeyType.TEST, verifier.verify("Bearer " + token).type());
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    String token = new Authentication().create(SERVICE, OTHER);
    assertAuth(403, JwtVerifier.BAD_TOKEN, "Bearer " + token);
  }

  @Test
  void refusesAnIssuerItDoesNotKnow() {
    String token = new Authentication().create(OTHER, SECRET);
    assertAuth(403, JwtVerifier.NO_SERVICE, "Bearer " + token);
  }

  @Test
  void refusesATokenIssuedMoreThan30SecondsAgo() {
    long iat = clock.instant().getEpochSecond();
    String token = token("{\"iss\":\"" + SERVICE + "\",\"iat\":" + iat + "}", SECRET);
    clock.advance(Duration.ofSeconds(30));
    assertEquals(live, verifier.verify("Bearer " + token), "30 s is still within the window");
    clock.advance(Duration.ofSeconds(2));
    assertAuth(403, JwtVerifier.CLOCK, "Bearer " + token);
  }

  @Test
  void refusesATokenIssuedInTheFuture() {
    long iat = clock.instant().plusSeconds(45).getEpochSecond();
    String token = token("{\"iss\":\"" + SERVICE + "\",\"iat\":" + iat + "}", SECRET);
    assertAuth(403, JwtVerifier.CLOCK, "Bearer " + token);
  }

  @Test
  void refusesATokenWithoutIssuerOrIssuedAt() {
    long iat = clock.instant().getEpochSecond();
    assertAuth(403, JwtVerifier.NO_ISS, "Bearer " + token("{\"iat\":" + iat + "}", SECRET));
    assertAuth(403, JwtVerifier.NO_IAT, "Bearer " + token("{\"iss\":\"" + SERVICE + "\"}", SECRET));
  }

  @Test
  void refusesUnsignedTokens() {
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String claims =
        b64("{\"iss\":\"" + SERVICE + "\",\"iat\":" + clock.instant().getEpochSecond() + "}");
    assertAuth(403, JwtVerifier.BAD_TOKEN, "Bearer " + header + "." + claims + ".");
  }

  @Test
  void refusesGarbage() {
    assertAuth(403, JwtVerifier.BAD_TOKEN, "Bearer not-a-token");
    assertAuth(403, JwtVerifier.BAD_TOKEN, "Bearer a.b.c");
    assertAuth(403, JwtVerifier.BAD_TOKEN, "Bearer " + SERVICE + "-" + SECRET);
  }

  @Test
  void answers401WithoutABearerToken() {
    assertAuth(401, JwtVerifier.NO_TOKEN, null);
    assertAuth(401, JwtVerifier.NO_TOKEN, " ");
    assertAuth(401, JwtVerifier.NOT_BEARER, "Basic dXNlcjpwYXNz");
  }

  @Test
  void acceptsTheSchemeInAnyCase() {
    String token = new Authentication().create(SERVICE, SECRET);
    assertEquals(live, verifier.verify("bearer " + token));
  }

  private void assertAuth(int status, String message, String header) {
    NotifyError e = assertThrows(NotifyError.class, () -> verifier.verify(header));
    assertEquals(status, e.status());
    assertEquals("AuthError", e.errors().get(0).error());
    assertEquals(message, e.errors().get(0).message());
  }

  private static String token(String claims, String secret) {
    String signed = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
    byte[] signature = JwtVerifier.hmac(secret, signed.getBytes(StandardCharsets.US_ASCII));
    return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
