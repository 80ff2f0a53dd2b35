package uk.practiceconnect.sandbox.notify.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem answered by the admin face (the Notify face answers in Notify's format
 * instead). Thrown by the admin resource, turned into {@code application/problem+json} by {@link
 * SandboxErrors}.
 */
public class AdminProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** The body: type, title, status and detail. */
  public record Body(String type, String title, int status, String detail) {}

  private final int status;
  private final String title;

  public AdminProblem(int status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  static AdminProblem badRequest(String detail) {
    return new AdminProblem(400, "Bad request", detail);
  }

  static AdminProblem notFound(String detail) {
    return new AdminProblem(404, "Not found", detail);
  }

  Response toResponse() {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Body("about:blank", title, status, getMessage()))
        .build();
  }
}
