package uk.practiceconnect.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import uk.practiceconnect.platform.entity.InvalidValueException;

/** PBKDF2-HMAC-SHA512 password hashes for people who sign in, as Jakarta Security provides. */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_LENGTH = 12;

  @Inject Pbkdf2PasswordHash hash;

  @jakarta.annotation.PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  /** Checks a new sign-in password against the rules, then hashes it. */
  public String hashNew(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidValueException(
          "Choose a password of at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > 200) {
      throw new InvalidValueException("The password is too long: at most 200 characters");
    }
    return hash.generate(password.toCharArray());
  }

  public boolean verify(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }
}
