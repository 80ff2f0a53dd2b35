package uk.practiceconnect.booking.entity;

import java.util.Optional;

/**
 * The secret in the cancel link texted with a booking confirmation ({@code /book/cancel/{token}}).
 * Never logged: {@link #toString()} hides it.
 */
public record CancelToken(String value) {

  public CancelToken {
    if (value == null || !value.matches(SecretToken.FORMAT)) {
      throw new IllegalArgumentException("not a cancel token");
    }
  }

  public static CancelToken generate() {
    return new CancelToken(SecretToken.generate());
  }

  /** A token from a URL: empty when it cannot be one of ours. */
  public static Optional<CancelToken> parse(String raw) {
    return raw != null && raw.matches(SecretToken.FORMAT)
        ? Optional.of(new CancelToken(raw))
        : Optional.empty();
  }

  /** What is stored and looked up. */
  public String hash() {
    return SecretToken.hash(value);
  }

  @Override
  public String toString() {
    return "CancelToken[hidden]";
  }
}
