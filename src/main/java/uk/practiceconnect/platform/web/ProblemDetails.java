package uk.practiceconnect.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import uk.practiceconnect.platform.entity.DomainException;
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

  /** For servlet filters, which answer before JAX-RS: the same body as {@link #toResponse}. */
  public static void write(HttpServletResponse res, DomainException e) throws IOException {
    ProblemDetails problem = of(e.code(), e.getMessage(), e.errors());
    res.setStatus(problem.status());
    res.setContentType(MEDIA_TYPE.toString());
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(JSON.toJson(problem));
  }

  private static final Jsonb JSON = JsonbBuilder.create();
}
