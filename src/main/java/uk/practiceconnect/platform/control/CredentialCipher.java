package uk.practiceconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.entity.SealedSecret;

/**
 * Seals secrets (the EMIS API password) with AES-256-GCM and a fresh random nonce per write. The
 * keys come from configuration as {@code id:base64,id2:base64}; new secrets use the active key, old
 * ones stay readable under the key id they carry until they are re-sealed. The context (for example
 * the practice id) is bound in as associated data, so a sealed value copied to another practice
 * does not open.
 */
@ApplicationScoped
public class CredentialCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject
  @ConfigProperty(name = "credentials.keys")
  String keysConfig;

  @Inject
  @ConfigProperty(name = "credentials.active-key")
  String activeKeyId;

  private final SecureRandom random = new SecureRandom();
  private Map<String, SecretKey> keys;

  @PostConstruct
  void init() {
    keys = parseKeys(keysConfig);
    if (!keys.containsKey(activeKeyId)) {
      throw new IllegalStateException(
          "credentials.active-key names a key that credentials.keys does not define");
    }
  }

  static Map<String, SecretKey> parseKeys(String config) {
    Map<String, SecretKey> parsed = new HashMap<>();
    for (String entry : config.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("credentials.keys entries look like id:base64key");
      }
      byte[] raw = Base64.getDecoder().decode(parts[1].strip());
      if (raw.length != 32) {
        throw new IllegalStateException("credential key " + parts[0] + " is not 256 bits");
      }
      parsed.put(parts[0].strip(), new SecretKeySpec(raw, "AES"));
    }
    return parsed;
  }

  /** For tests and tools: a cipher over explicit keys. */
  public static CredentialCipher of(String keysConfig, String activeKeyId) {
    var cipher = new CredentialCipher();
    cipher.keysConfig = keysConfig;
    cipher.activeKeyId = activeKeyId;
    cipher.init();
    return cipher;
  }

  public SealedSecret seal(char[] secret, String context) {
    byte[] plain = toUtf8(secret);
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return new SealedSecret(activeKeyId, Base64.getEncoder().encodeToString(out));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a secret", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  public char[] open(SealedSecret sealed, String context) {
    SecretKey key = keys.get(sealed.keyId());
    if (key == null) {
      throw new IllegalStateException(
          "no credential key with id " + sealed.keyId() + " is configured");
    }
    byte[] all = Base64.getDecoder().decode(sealed.payload());
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
      char[] chars = new char[decoded.remaining()];
      decoded.get(chars);
      Arrays.fill(plain, (byte) 0);
      Arrays.fill(decoded.array(), '\0');
      return chars;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not open a sealed secret", e);
    }
  }

  public boolean isActiveKey(String keyId) {
    return activeKeyId.equals(keyId);
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  private static byte[] toUtf8(char[] chars) {
    ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] out = Arrays.copyOf(buf.array(), buf.limit());
    Arrays.fill(buf.array(), (byte) 0);
    return out;
  }
}
