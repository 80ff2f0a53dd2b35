package uk.practiceconnect.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.entity.FieldError;

/**
 * RFC 9457 problem details. {@code errors} lists field messages for validation failures and is left
 * out otherwise; {@code code} is our stable error code.
 */
public record ProblemDetails(
    String type, String title, int status, String detail, String code, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static ProblemDetails of(ErrorCode code, String detail, List<FieldError> errors) {
    return new ProblemDetails(
        code.typeUri(),
        code.title(),
        code.status(),
        detail,
        code.name(),
        errors == null || errors.isEmpty() ? null : errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  public static Response response(ErrorCode code, String detail) {
    return of(code, detail, null).toResponse();
  }
}
