package uk.practiceconnect.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Headers every answer carries, the patient pages' and reminder links' included (first in the
 * filter chain, see web.xml): no framing by other sites, no MIME sniffing, no referrer leaving the
 * site (patient links carry secret tokens), no caching of pages, HSTS over HTTPS, and a
 * Content-Security-Policy: pages get PrimeFaces' nonce-based policy ({@code primefaces.CSP} in
 * web.xml), every other answer one that allows nothing at all. A session id in the address ({@code
 * ;jsessionid=}) is refused: sessions travel in the cookie only. Async-capable, as every filter in
 * front of a suspended request must be.
 */
@WebFilter(
    filterName = "SecurityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * For answers that are not Faces pages (JSON, CSV, redirects, the static error pages): no script
   * runs, nothing loads but our own stylesheet.
   */
  static final String NOTHING =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getDispatcherType() == DispatcherType.REQUEST
        && (req.isRequestedSessionIdFromURL()
            || req.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid"))) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    // the server compresses text answers for clients that accept it (pre-boot-commands.txt): a
    // cache in between must keep the two forms apart
    if (!res.getHeaders("Vary").contains("Accept-Encoding")) { // once, forwards pass here again
      res.addHeader("Vary", "Accept-Encoding");
    }
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (isPage(req)) {
      res.setHeader("Cache-Control", "no-store");
    } else if (!req.getRequestURI().startsWith(req.getContextPath() + "/jakarta.faces.resource/")) {
      res.setHeader("Content-Security-Policy", NOTHING);
    }
    chain.doFilter(req, res);
  }

  /** Answers Faces renders, which set their own Content-Security-Policy with a nonce. */
  static boolean isPage(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.endsWith(".xhtml")
        || path.isEmpty()
        || "/".equals(path)
        || path.startsWith("/book/")
        || path.equals("/book")
        || path.equals("/privacy")
        || path.equals("/accessibility");
  }
}
