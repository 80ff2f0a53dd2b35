package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.gpconnect.entity.GpcFailure;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * Every failure of the stand-in as a clean answer: a GPConnect-OperationOutcome-1 on the FHIR face,
 * problem details on the admin face. Never a stack trace or an HTML page.
 */
public final class GpcMappers {

  private static final Logger LOG = Logger.getLogger(GpcMappers.class.getName());

  private GpcMappers() {}

  static Response answer(UriInfo uri, GpcFailure failure) {
    if (uri != null && uri.getPath().replaceFirst("^/", "").startsWith("admin/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      Response.Status known = Response.Status.fromStatusCode(failure.error().httpStatus());
      body.put("title", known == null ? "Error" : known.getReasonPhrase());
      body.put("status", failure.error().httpStatus());
      body.put("detail", failure.diagnostics());
      body.put("code", failure.error().name());
      return Response.status(failure.error().httpStatus())
          .type(new MediaType("application", "problem+json"))
          .entity(body)
          .build();
    }
    return FhirResponses.outcome(failure);
  }

  /** The stand-in's own refusals. */
  public static class Failures implements jakarta.ws.rs.ext.ExceptionMapper<GpcFailure> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(GpcFailure failure) {
      return answer(uri, failure);
    }
  }

  /** Unknown addresses and methods, unreadable requests. */
  public static class Web implements jakarta.ws.rs.ext.ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      return answer(uri, translate(uri, e));
    }
  }

  static GpcFailure translate(UriInfo uri, WebApplicationException e) {
    if (e instanceof NotFoundException) {
      boolean fhir = uri != null && uri.getPath().contains("/STU3/1/gpconnect/");
      // a FHIR base exists there, but not this resource or operation
      return fhir
          ? SpineError.NOT_IMPLEMENTED.failure("This FHIR resource or operation is not served here")
          : SpineError.NO_RECORD_FOUND.failure("There is nothing at this address");
    }
    if (e instanceof NotAllowedException) {
      return SpineError.METHOD_NOT_ALLOWED.failure("This address does not accept that method");
    }
    if (e.getResponse().getStatus() >= 500) {
      return SpineError.INTERNAL_SERVER_ERROR.failure("The sandbox failed; try again");
    }
    return SpineError.BAD_REQUEST.failure("The request could not be read");
  }

  /** Anything else, also failures wrapped by a transaction. */
  public static class Unexpected implements jakarta.ws.rs.ext.ExceptionMapper<Throwable> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof GpcFailure failure) {
          return answer(uri, failure);
        }
        if (t instanceof WebApplicationException web) {
          return answer(uri, translate(uri, web));
        }
      }
      // the class name only: messages may carry request data
      LOG.log(Level.SEVERE, "GP Connect sandbox call failed: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "GP Connect sandbox call failed", e);
      return answer(
          uri,
          SpineError.INTERNAL_SERVER_ERROR.failure("The sandbox failed unexpectedly; try again"));
    }
  }
}
