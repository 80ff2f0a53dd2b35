package uk.practiceconnect.sandbox.notify.entity;

import java.util.List;

/**
 * A failure in GOV.UK Notify's own vocabulary: an HTTP status and one or more {@code {error,
 * message}} pairs, answered as {@code {"status_code": 400, "errors": [...]}}. The error names and
 * messages are Notify's, so a client that reacts to them reacts the same way here.
 */
public class NotifyError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One entry of Notify's {@code errors} list. */
  public record Entry(String error, String message) {}

  private final int status;
  private final transient List<Entry> errors;

  public NotifyError(int status, List<Entry> errors) {
    super(errors.isEmpty() ? "HTTP " + status : errors.get(0).error(), null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public NotifyError(int status, String error, String message) {
    this(status, List.of(new Entry(error, message)));
  }

  public int status() {
    return status;
  }

  public List<Entry> errors() {
    return errors;
  }

  public static NotifyError validation(List<String> messages) {
    return new NotifyError(
        400, messages.stream().map(m -> new Entry("ValidationError", m)).toList());
  }

  public static NotifyError validation(String message) {
    return validation(List.of(message));
  }

  public static NotifyError badRequest(String message) {
    return new NotifyError(400, "BadRequestError", message);
  }

  /** Notify answers 401 when there is no bearer token at all and 403 when the token is wrong. */
  public static NotifyError auth(int status, String message) {
    return new NotifyError(status, "AuthError", message);
  }

  public static NotifyError noResult() {
    return new NotifyError(404, "NoResultFound", "No result found");
  }

  public static NotifyError rateLimit(KeyType keyType, int perMinute) {
    return new NotifyError(
        429,
        "RateLimitError",
        "Exceeded rate limit for key type "
            + keyType.name()
            + " of "
            + perMinute
            + " requests per 60 seconds");
  }

  public static NotifyError dailyLimit(long limit) {
    return new NotifyError(
        429, "TooManyRequestsError", "Exceeded send limits (" + limit + ") for today");
  }

  public static NotifyError internal() {
    return new NotifyError(500, "Exception", "Internal server error");
  }

  /** What an injected fault answers: the status asked for, in Notify's shape. */
  public static NotifyError injected(int status) {
    return switch (status) {
      case 429 ->
          new NotifyError(
              429, "RateLimitError", "Exceeded rate limit for key type LIVE (fault injected)");
      case 503 -> new NotifyError(503, "Exception", "Service temporarily unavailable");
      default -> new NotifyError(status, "Exception", "Internal server error");
    };
  }
}
