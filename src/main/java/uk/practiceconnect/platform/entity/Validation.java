package uk.practiceconnect.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the field errors of one request, so the user sees every problem at once rather than one
 * per attempt.
 *
 * <pre>
 * var v = new Validation();
 * OdsCode ods = v.field("odsCode", body.odsCode(), OdsCode::of);
 * v.throwIfInvalid();
 * </pre>
 */
public final class Validation {

  private final List<FieldError> errors = new ArrayList<>();

  public <T> T field(String field, String raw, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (InvalidValueException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }

  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      String detail =
          errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields need attention";
      throw new DomainException(ErrorCode.VALIDATION_FAILED, detail, errors);
    }
  }
}
