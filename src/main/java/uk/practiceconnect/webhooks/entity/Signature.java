package uk.practiceconnect.webhooks.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of Standard Webhooks: {@code v1,} and the base64 HMAC-SHA256
 * of {@code <webhook-id>.<webhook-timestamp>.<body>}, one per secret in use, separated by spaces
 * (two while a rotated secret still signs).
 */
public final class Signature {

  private Signature() {}

  /** One signature, {@code v1,<base64>}. */
  public static String sign(WebhookSecret secret, String messageId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** The header's value: a signature per secret, the newest first. */
  public static String header(
      List<WebhookSecret> secrets, String messageId, long timestamp, String body) {
    return secrets.stream()
        .map(s -> sign(s, messageId, timestamp, body))
        .collect(Collectors.joining(" "));
  }
}
