package uk.practiceconnect.sandbox.notify.control;

import static uk.practiceconnect.sandbox.control.JsonP.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

/**
 * Checks a request's {@code Authorization: Bearer <JWT>} the way Notify does: an HS256 token whose
 * {@code iss} is the service id, signed with the secret half of one of that service's API keys (the
 * secret's text as UTF-8 bytes, as the clients do), issued ({@code iat}) within 30 seconds of the
 * server clock. JDK only: HMAC-SHA256 and a constant-time comparison.
 */
public class JwtVerifier {

  /** Notify's window for {@code iat}, both ways. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  static final String NO_TOKEN = "Unauthorized: authentication token must be provided";
  static final String NOT_BEARER = "Unauthorized: authentication bearer scheme must be used";
  static final String BAD_TOKEN = "Invalid token: signature, api token not found";
  static final String NO_ISS = "Invalid token: iss field not provided";
  static final String NO_SERVICE = "Invalid token: service not found";
  static final String NO_IAT = "Invalid token: iat field not provided";
  static final String CLOCK = "Error: Your system clock must be accurate to within 30 seconds";

  private final List<NotifyApiKey> keys;
  private final Clock clock;

  public JwtVerifier(List<NotifyApiKey> keys, Clock clock) {
    this.keys = List.copyOf(keys);
    this.clock = clock;
  }

  /** The key that signed the token, or a 401/403 AuthError with Notify's message. */
  public NotifyApiKey verify(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw NotifyError.auth(401, NO_TOKEN);
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw NotifyError.auth(401, NOT_BEARER);
    }
    String[] parts = authorization.substring(7).strip().split("\\.", -1);
    if (parts.length != 3) {
      throw NotifyError.auth(403, BAD_TOKEN);
    }
    JsonObject header = json(parts[0]);
    JsonObject claims = json(parts[1]);
    if (!"HS256".equals(text(header, "alg"))) {
      // never "none", never another algorithm: the signature is what proves the key
      throw NotifyError.auth(403, BAD_TOKEN);
    }
    String issuer = text(claims, "iss");
    if (issuer == null || issuer.isBlank()) {
      throw NotifyError.auth(403, NO_ISS);
    }
    List<NotifyApiKey> candidates =
        keys.stream().filter(k -> k.serviceId().toString().equalsIgnoreCase(issuer)).toList();
    if (candidates.isEmpty()) {
      throw NotifyError.auth(403, NO_SERVICE);
    }
    byte[] signature = decode(parts[2]);
    byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    NotifyApiKey key =
        candidates.stream()
            .filter(k -> MessageDigest.isEqual(hmac(k.secret(), signed), signature))
            .findFirst()
            .orElseThrow(() -> NotifyError.auth(403, BAD_TOKEN));
    JsonValue iat = claims.get("iat");
    if (!(iat instanceof JsonNumber issuedAt)) {
      throw NotifyError.auth(403, NO_IAT);
    }
    // whole seconds, as Notify compares them
    long skew = Math.abs(clock.instant().getEpochSecond() - (long) issuedAt.doubleValue());
    if (skew > CLOCK_SKEW.toSeconds()) {
      throw NotifyError.auth(403, CLOCK);
    }
    return key;
  }

  /** HMAC-SHA256 of the data with the secret's text as the key (as the Notify clients sign). */
  static byte[] hmac(String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  private static byte[] decode(String base64url) {
    try {
      return Base64.getUrlDecoder().decode(base64url);
    } catch (IllegalArgumentException e) {
      throw NotifyError.auth(403, BAD_TOKEN);
    }
  }

  private static JsonObject json(String base64url) {
    String text = new String(decode(base64url), StandardCharsets.UTF_8);
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw NotifyError.auth(403, BAD_TOKEN);
    }
  }

  private static String text(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }
}
