package uk.practiceconnect.platform.entity;

import java.util.List;

/**
 * A failure the user can act on. It is never a stack trace: the REST API turns it into problem
 * details, the pages into a message next to the field.
 */
public class DomainException extends RuntimeException {

  private final ErrorCode code;
  private final List<FieldError> errors;

  public DomainException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public DomainException(ErrorCode code, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
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
}
