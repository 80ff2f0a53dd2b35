package uk.practiceconnect.sandbox.notify.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.notify.entity.NotifyError;

/**
 * Every failure of the Notify sandbox as its caller expects it: in Notify's error format on the
 * Notify face, as RFC 9457 problem details on the admin face. Never a stack trace.
 */
public final class SandboxErrors {

  private static final Logger LOG = Logger.getLogger(SandboxErrors.class.getName());

  private SandboxErrors() {}

  static Response notifyFormat(NotifyError e) {
    return Response.status(e.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(NotificationJson.error(e).toString())
        .build();
  }

  /** A body JSON-B could not read: the caller's mistake, not ours. */
  static boolean unreadable(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof JsonbException
          || c instanceof JsonException
          || c instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }

  /** Notify's own errors. */
  public static class Notify implements ExceptionMapper<NotifyError> {
    @Override
    public Response toResponse(NotifyError e) {
      return notifyFormat(e);
    }
  }

  /** The admin face's problems. */
  public static class Admin implements ExceptionMapper<AdminProblem> {
    @Override
    public Response toResponse(AdminProblem e) {
      return e.toResponse();
    }
  }

  /** Anything else: unknown paths, wrong methods, unreadable bodies, and bugs. */
  public static class Unexpected implements ExceptionMapper<Throwable> {

    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      boolean admin = uri != null && uri.getPath().startsWith("admin");
      int status;
      String message;
      if (e instanceof NotFoundException) {
        status = 404;
        message = "Not found";
      } else if (e instanceof NotAllowedException) {
        status = 405;
        message = "The method is not allowed for the requested URL.";
      } else if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        status = web.getResponse().getStatus();
        message = admin ? "The body is not JSON of the expected shape" : "Invalid request";
      } else if (unreadable(e)) {
        status = 400;
        message = "The body is not JSON of the expected shape";
      } else {
        // the class name only: a message may carry request data
        LOG.log(Level.SEVERE, "Notify sandbox failure: {0}", e.getClass().getName());
        LOG.log(Level.FINE, "Notify sandbox failure", e);
        status = 500;
        message = "Internal server error";
      }
      if (admin) {
        return new AdminProblem(
                status, status == 500 ? "Internal error" : "Request failed", message)
            .toResponse();
      }
      String error =
          switch (status) {
            case 404 -> "NoResultFound";
            case 500 -> "Exception";
            default -> "BadRequestError";
          };
      return notifyFormat(new NotifyError(status, error, message));
    }
  }
}
