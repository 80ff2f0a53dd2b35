package uk.practiceconnect.platform.entity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failure the user can act on. It is never a stack trace: the REST API turns it into problem
 * details, the pages into a message next to the field.
 */
public class DomainException extends RuntimeException {

  private final ErrorCode code;
  private final List<FieldError> errors;
  private final Duration retryAfter;

  public DomainException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public DomainException(ErrorCode code, String detail, List<FieldError> errors) {
    this(code, detail, errors, null);
  }

  private DomainException(
      ErrorCode code, String detail, List<FieldError> errors, Duration retryAfter) {
    super(detail, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /** Too many attempts: the REST API says when to ask again ({@code Retry-After}). */
  public static DomainException rateLimited(String detail, Duration retryAfter) {
    return new DomainException(ErrorCode.RATE_LIMITED, detail, List.of(), retryAfter);
  }

  public static DomainException notFound(String detail) {
    return new DomainException(ErrorCode.NOT_FOUND, detail);
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(ErrorCode.FORBIDDEN, detail);
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(
        ErrorCode.VALIDATION_FAILED, message, List.of(new FieldError(field, message)));
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** How long to wait before asking again, when we know. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
