package uk.practiceconnect.booking.entity;

import java.util.Optional;

/**
 * The secret in an invitation link ({@code /book/invite/{token}}): single use, expiring. Never
 * logged: {@link #toString()} hides it.
 */
public record InvitationToken(String value) {

  public InvitationToken {
    if (value == null || !value.matches(SecretToken.FORMAT)) {
      throw new IllegalArgumentException("not a invitation token");
    }
  }

  public static InvitationToken generate() {
    return new InvitationToken(SecretToken.generate());
  }

  /** A token from a URL: empty when it cannot be one of ours. */
  public static Optional<InvitationToken> parse(String raw) {
    return raw != null && raw.matches(SecretToken.FORMAT)
        ? Optional.of(new InvitationToken(raw))
        : Optional.empty();
  }

  /** What is stored and looked up. */
  public String hash() {
    return SecretToken.hash(value);
  }

  @Override
  public String toString() {
    return "InvitationToken[hidden]";
  }
}
