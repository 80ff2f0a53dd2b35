package uk.practiceconnect.api.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import uk.practiceconnect.api.control.RequestLimits;
import uk.practiceconnect.api.entity.RateWindow;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.web.ProblemDetails;

/**
 * Each API key's request limit, right after the key is checked: over it, 429 with {@code
 * Retry-After}; every answer to a request with a key carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset} (seconds), so a client can pace itself.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RequestLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String VERDICT = RequestLimitFilter.class.getName();

  @Inject RequestLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getProperty(ApiKeyFilter.CALLER) instanceof Caller apiCaller)) {
      return; // the key-less ping, or a request the key check already refused
    }
    RateWindow.Verdict v = limits.take(apiCaller.ref());
    request.setProperty(VERDICT, v);
    if (!v.allowed()) {
      request.abortWith(
          Response.fromResponse(
                  ProblemDetails.response(
                      ErrorCode.RATE_LIMITED,
                      "This API key has made "
                          + v.limit()
                          + " requests in this minute, its limit: ask again in "
                          + v.resetSeconds()
                          + (v.resetSeconds() == 1 ? " second" : " seconds")))
              .header("Retry-After", v.resetSeconds())
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VERDICT) instanceof RateWindow.Verdict v) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("RateLimit-Limit", v.limit());
      headers.putSingle("RateLimit-Remaining", v.remaining());
      headers.putSingle("RateLimit-Reset", v.resetSeconds());
    }
  }
}
