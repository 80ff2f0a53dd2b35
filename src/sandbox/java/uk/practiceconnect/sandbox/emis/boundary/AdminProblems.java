package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * The admin face's errors as RFC 9457 problem details. {@code type} is about:blank, so {@code
 * title} is the HTTP status phrase; {@code code} is the sandbox's named code as an extension.
 */
final class AdminProblems {

  static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private AdminProblems() {}

  static Response of(SandboxFailure failure) {
    return of(failure.outcome().httpStatus(), failure.outcome().name(), failure.getMessage());
  }

  static Response of(int status, String code, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    Response.Status known = Response.Status.fromStatusCode(status);
    body.put("title", known == null ? "Error" : known.getReasonPhrase());
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }
}
