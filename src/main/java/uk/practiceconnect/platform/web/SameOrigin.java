package uk.practiceconnect.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a form post came from one of our own pages, by the headers browsers add to every POST
 * (OWASP's "verifying origin with standard headers"): {@code Sec-Fetch-Site} where the browser
 * sends it, else {@code Origin} compared with the host the request was sent to. For forms that have
 * no session, and so no view state, to tie them to the page they came from. A request with neither
 * header (an old browser, or not a browser) is let through: forging a post needs a browser, and
 * every current one sends at least one of them.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean isSameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    try {
      URI o = new URI(origin);
      return host != null && o.getAuthority() != null && o.getAuthority().equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
