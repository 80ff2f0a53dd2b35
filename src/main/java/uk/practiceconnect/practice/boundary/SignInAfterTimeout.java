package uk.practiceconnect.practice.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * When the session has ended, a button on a signed-in page (an ajax request) is redirected to the
 * sign-in page, and the browser's ajax call fetches that page as if it were the button's answer:
 * nothing visible happens. Such a fetch still carries the {@code Faces-Request: partial/ajax}
 * header, so here it is answered the way Faces tells a page to go elsewhere: the whole browser goes
 * to the sign-in page, which says why. The half-done request is forgotten with its session (it
 * cannot be replayed after sign-in: the page's state went with the old session).
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class SignInAfterTimeout extends HttpFilter {

  static final String EXPIRED = "/login.xhtml?expired=true";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!isAjaxFetch(req)) {
      chain.doFilter(req, res);
      return;
    }
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    res.setContentType("text/xml");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + req.getContextPath()
                + EXPIRED
                + "\"></redirect></partial-response>");
  }

  static boolean isAjaxFetch(HttpServletRequest req) {
    return "GET".equals(req.getMethod()) && "partial/ajax".equals(req.getHeader("Faces-Request"));
  }
}
