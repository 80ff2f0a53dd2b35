package uk.practiceconnect.platform.entity;

/**
 * A secret encrypted with AES-GCM: the id of the key that sealed it (so keys can be rotated) and
 * the Base64 of nonce followed by ciphertext and tag.
 */
public record SealedSecret(String keyId, String payload) {
  @Override
  public String toString() {
    return "SealedSecret[keyId=" + keyId + "]";
  }
}
