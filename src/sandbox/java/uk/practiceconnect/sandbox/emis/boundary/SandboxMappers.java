package uk.practiceconnect.sandbox.emis.boundary;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;

/**
 * Every failure of the sandbox's JAX-RS application as a clean answer: outcome JSON on the partner
 * face, problem details on the admin face. Never a stack trace or an HTML page.
 */
public final class SandboxMappers {

  private static final Logger LOG = Logger.getLogger(SandboxMappers.class.getName());

  private SandboxMappers() {}

  static boolean partnerFace(UriInfo uri) {
    return uri != null && uri.getPath().replaceFirst("^/", "").startsWith("partner/");
  }

  static Response answer(UriInfo uri, SandboxFailure failure) {
    return partnerFace(uri) ? PartnerAnswers.failure(failure) : AdminProblems.of(failure);
  }

  /** Unknown paths, wrong methods and media types, unreadable bodies. */
  public static class Web implements ExceptionMapper<WebApplicationException> {

    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String error;
      Outcome outcome;
      if (e instanceof NotFoundException) {
        outcome = Outcome.NOT_FOUND;
        error = "There is nothing at this address";
      } else if (e instanceof NotAllowedException) {
        outcome = Outcome.BAD_REQUEST;
        error = "This address does not accept that method";
      } else if (status >= 500) {
        outcome = Outcome.INTERNAL_ERROR;
        error = "The sandbox failed; try again";
      } else {
        outcome = Outcome.BAD_REQUEST;
        error = "The request could not be read";
      }
      return partnerFace(uri)
          ? PartnerAnswers.failure(outcome, status, error)
          : AdminProblems.of(status, outcome.name(), error);
    }
  }

  /** Sandbox failures (also when wrapped by a transaction) and anything unexpected. */
  public static class Unexpected implements ExceptionMapper<Throwable> {

    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      SandboxFailure failure = Failures.find(e);
      if (failure != null) {
        return answer(uri, failure);
      }
      if (e instanceof WebApplicationException web) {
        Web mapper = new Web();
        mapper.uri = uri;
        return mapper.toResponse(web);
      }
      if (Failures.has(e, PersistenceException.class)) {
        // most likely two writes of the same thing at once (e.g. creating one organisation twice)
        return partnerFace(uri)
            ? PartnerAnswers.of(e)
            : AdminProblems.of(
                409, "CONFLICT", "Changed by another request at the same time; try again");
      }
      if (partnerFace(uri)) {
        return PartnerAnswers.of(e);
      }
      // the class name only: messages may carry request data
      LOG.log(Level.SEVERE, "EMIS sandbox admin call failed: {0}", e.getClass().getName());
      LOG.log(Level.FINE, "EMIS sandbox admin call failed", e);
      return AdminProblems.of(500, Outcome.INTERNAL_ERROR.name(), "The sandbox failed; try again");
    }
  }
}
