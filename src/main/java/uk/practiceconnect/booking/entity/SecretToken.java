package uk.practiceconnect.booking.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of a link sent by text (invitations, cancel links): 24 random bytes, URL-safe.
 * Only its SHA-256 is stored, so a copy of the database opens no links; the token has enough
 * entropy that a fast hash is enough.
 */
final class SecretToken {

  static final String FORMAT = "[A-Za-z0-9_-]{32}";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretToken() {}

  static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
