package uk.practiceconnect.reminders.entity;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret in a reminder's link: 128 random bits, 22 URL-safe characters. Only its hash is
 * stored, so the database cannot hand out working links; the date of birth the link checks is
 * stored only hashed together with the token, so it cannot be read back either.
 */
public record LinkToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SHAPE = "[A-Za-z0-9_-]{22}";

  public LinkToken {
    if (value == null || !value.matches(SHAPE)) {
      throw new IllegalArgumentException("not a link token");
    }
  }

  public static LinkToken generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whatever came in a URL: a token only if it has the shape of one. */
  public static Optional<LinkToken> parse(String raw) {
    return raw != null && raw.matches(SHAPE) ? Optional.of(new LinkToken(raw)) : Optional.empty();
  }

  public String hash() {
    return PatientKey.sha256("practice-connect:link:" + value);
  }

  /** The stored check of a date of birth: useless without this token. */
  public String dobCheck(LocalDate dateOfBirth) {
    return PatientKey.sha256("practice-connect:dob:" + value + ":" + dateOfBirth);
  }

  @Override
  public String toString() {
    return "LinkToken[hidden]";
  }
}
