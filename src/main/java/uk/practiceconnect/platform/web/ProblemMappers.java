package uk.practiceconnect.platform.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/** Turns every failure into RFC 9457 problem details: never a stack trace, never an HTML page. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  /** Seconds a 429 without a known wait (EMIS busy) asks the client to wait. */
  static final long DEFAULT_RETRY = 5;

  private static final String MALFORMED = "The body is not valid JSON of the expected shape";

  private ProblemMappers() {}

  /** Walks the causes (transaction and EJB wrappers) to find a domain failure. */
  static DomainException domainCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof DomainException d) {
        return d;
      }
    }
    return null;
  }

  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      Response problem = ProblemDetails.of(e.code(), e.getMessage(), e.errors()).toResponse();
      if (e.code().status() != 429) {
        return problem;
      }
      // every 429 says when to come back (RFC 9110), in whole seconds, at least one
      long seconds =
          e.retryAfter().map(d -> Math.max(1, (d.toMillis() + 999) / 1000)).orElse(DEFAULT_RETRY);
      return Response.fromResponse(problem).header("Retry-After", seconds).build();
    }
  }

  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 400 || e.getCause() instanceof JsonbException) {
        return ProblemDetails.response(ErrorCode.MALFORMED_REQUEST, MALFORMED);
      }
      ErrorCode code = ErrorCode.forStatus(status);
      String detail =
          switch (code) {
            case NOT_FOUND -> "There is nothing at this address";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This address answers in application/json only";
            default -> code.title();
          };
      return ProblemDetails.response(code, detail);
    }
  }

  @Provider
  public static class Json implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return ProblemDetails.response(ErrorCode.MALFORMED_REQUEST, MALFORMED);
    }
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return ProblemDetails.response(ErrorCode.MALFORMED_REQUEST, MALFORMED);
    }
  }

  /**
   * An unexpected failure's classes and the places in our own code it passed through (class,
   * method, line), causes included, but none of the messages: enough to find it in the code,
   * nothing a request brought.
   */
  static String whereFrom(Throwable e) {
    StringBuilder out = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
      out.append(depth == 0 ? "" : "; caused by ").append(t.getClass().getName());
      int shown = 0;
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith("uk.practiceconnect.") && shown++ < 6) {
          out.append(shown == 1 ? " at " : " < ")
              .append(frame.getClassName().substring("uk.practiceconnect.".length()))
              .append('.')
              .append(frame.getMethodName())
              .append(':')
              .append(frame.getLineNumber());
        }
      }
    }
    return out.toString();
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      DomainException domain = domainCause(e);
      if (domain != null) {
        return new Domain().toResponse(domain);
      }
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      // where it happened, without the messages: they may carry request data
      LOG.log(Level.SEVERE, "Unexpected failure: {0}", whereFrom(e));
      LOG.log(Level.FINE, "Unexpected failure", e);
      return ProblemDetails.response(
          ErrorCode.INTERNAL, "Something went wrong on our side. Please try again later.");
    }
  }
}
