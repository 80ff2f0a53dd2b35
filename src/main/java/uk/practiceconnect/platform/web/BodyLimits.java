package uk.practiceconnect.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request whose declared body is larger than we ever need, before any of it is read: 64
 * KiB for the REST API (a problem+json 413), 1 MiB for a page's form (a list of invitations pasted
 * in is the largest). Bodies sent without a length are cut off by their readers at the same limit.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimits extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final int JSON_BYTES = 64 * 1024;
  public static final int FORM_BYTES = 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long length = req.getContentLengthLong();
    boolean api = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    if (length > (api ? JSON_BYTES : FORM_BYTES)) {
      if (req.getProtocol().startsWith("HTTP/1")) {
        res.setHeader("Connection", "close"); // the unread body must not be taken for a request
      }
      if (api) {
        ProblemDetails.write(res, StrictJsonInterceptor.tooLarge());
      } else {
        res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
      return;
    }
    chain.doFilter(req, res);
  }
}
