package uk.practiceconnect.api.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import uk.practiceconnect.api.control.ApiKeys;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.web.PingResource;
import uk.practiceconnect.platform.web.ProblemDetails;
import uk.practiceconnect.practice.control.CurrentCaller;

/** Every call to the REST API carries {@code Authorization: Bearer <api key>}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

  /**
   * The request property holding the key's {@link Caller} once the key is accepted: the filters
   * after this one read it there, without the request-scoped {@link CurrentCaller}.
   */
  static final String CALLER = ApiKeyFilter.class.getName() + ".caller";

  @Inject ApiKeys keys;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getUriInfo().getPath().replaceFirst("^/", "").equals(PingResource.PATH)) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String presented =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    ApiKey key = keys.authenticate(presented).orElse(null);
    if (key == null) {
      request.abortWith(unauthorized(presented == null));
      return;
    }
    Caller apiCaller =
        new Caller(
            "api-key:" + key.name(),
            Caller.Kind.API_KEY,
            key.practiceId(),
            key.access().canWrite(),
            "api-key#" + key.id());
    request.setProperty(CALLER, apiCaller);
    caller.actAs(apiCaller);
  }

  private static Response unauthorized(boolean missing) {
    return Response.fromResponse(
            ProblemDetails.response(
                ErrorCode.UNAUTHENTICATED,
                missing
                    ? "Send an API key as 'Authorization: Bearer <key>'"
                    : "This API key is not valid or has been revoked"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"practice-connect\"")
        .build();
  }
}
