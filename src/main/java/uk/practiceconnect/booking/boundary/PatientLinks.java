package uk.practiceconnect.booking.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.practiceconnect.platform.web.BufferedResponse;

/**
 * The patient's addresses ({@code /book/A81001}, {@code /book/invite/{token}}, {@code
 * /book/cancel/{token}}) are forwarded to the Faces views with the value as a request attribute, so
 * the address a patient sees (and bookmarks) stays the same through every step; forms post back to
 * it too (see {@link PatientViewHandler}). A page left open too long starts again instead of
 * showing the sign-in page. Any other address under {@code /book/} gets the booking page's own
 * "Page not found" (404).
 *
 * <p>A booking address shows its first step ({@link PatientLanding}, no session) until the patient
 * has proved who they are on it; then the rest of the journey ({@link PatientJourney}).
 */
@WebFilter(urlPatterns = "/book/*")
public class PatientLinks extends HttpFilter {

  static final String ODS = "pc.booking.ods";
  static final String INVITE = "pc.booking.invite";
  static final String CANCEL = "pc.booking.cancel";
  static final String START_VIEW = "/booking/start.xhtml";
  static final String BOOK_VIEW = "/booking/book.xhtml";
  static final String CANCEL_VIEW = "/booking/cancel.xhtml";

  /** The view state a stateless Faces view writes into its forms. */
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final String STATELESS = "stateless";

  private static final String CSP = "Content-Security-Policy";

  private final transient LandingCopies landing = new LandingCopies();

  private static final Pattern PATH =
      Pattern.compile("/book/(?:(invite|cancel)/)?([A-Za-z0-9_-]{1,64})/?");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Matcher m = PATH.matcher(path);
    res.setHeader("Cache-Control", "no-store");
    if (!m.matches()) {
      // the booking page's own "Page not found" (404), in the patients' words
      req.getRequestDispatcher(START_VIEW).forward(req, res);
      return;
    }
    String kind = m.group(1);
    String value = m.group(2);
    req.setAttribute(kind == null ? ODS : "invite".equals(kind) ? INVITE : CANCEL, value);
    try {
      String view = view(kind, req);
      if (kind == null && START_VIEW.equals(view) && firstLook(req)) {
        send(res, landing.page(value, () -> render(view, req, res)));
      } else {
        req.getRequestDispatcher(view).forward(req, res);
      }
    } catch (UncheckedServletException e) {
      throw e.getCause();
    } catch (ServletException e) {
      if (!expired(e) || res.isCommitted()) {
        throw e;
      }
      res.sendRedirect(req.getRequestURI() + "?expired=true");
    }
  }

  /**
   * A plain first visit to a practice's address: nothing posted, nothing asked, no session (so no
   * journey to pick up), the same page for everyone (see {@link LandingCopies}).
   */
  private static boolean firstLook(HttpServletRequest req) {
    return "GET".equals(req.getMethod())
        && req.getQueryString() == null
        && req.getSession(false) == null;
  }

  /** Faces renders the view into a buffer, so the page can be kept. */
  private static LandingCopies.Page render(
      String view, HttpServletRequest req, HttpServletResponse res) {
    BufferedResponse buffered = new BufferedResponse(res);
    try {
      req.getRequestDispatcher(view).forward(req, buffered);
    } catch (ServletException e) {
      throw new UncheckedServletException(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new LandingCopies.Page(
        res.getStatus(), res.getContentType(), res.getHeader(CSP), buffered.body());
  }

  private static void send(HttpServletResponse res, LandingCopies.Page page) throws IOException {
    byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
    res.setStatus(page.status());
    if (page.contentType() != null) {
      res.setContentType(page.contentType());
    }
    if (page.policy() != null) {
      res.setHeader(CSP, page.policy());
    }
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  /** A Faces failure while rendering into the buffer, carried out of the supplier. */
  private static final class UncheckedServletException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedServletException(ServletException cause) {
      super(cause);
    }

    @Override
    public synchronized ServletException getCause() {
      return (ServletException) super.getCause();
    }
  }

  /**
   * The first step's own form comes back to it (its stateless view says so); any other form is the
   * journey's; a plain visit goes to the journey only once the patient was matched on this address.
   */
  private static String view(String kind, HttpServletRequest req)
      throws java.io.UnsupportedEncodingException {
    if ("cancel".equals(kind)) {
      return CANCEL_VIEW;
    }
    if ("POST".equals(req.getMethod())) {
      // read the form as UTF-8, as Faces would have (a surname such as Zoë): parameters can be
      // decoded only once, and this is the first look at them
      if (req.getCharacterEncoding() == null) {
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      return STATELESS.equals(req.getParameter(VIEW_STATE)) ? START_VIEW : BOOK_VIEW;
    }
    return JourneyHandOver.identified(req) ? BOOK_VIEW : START_VIEW;
  }

  /** The address the patient sees for this request (the journey's forms post back to it). */
  static String address(HttpServletRequest req) {
    Object forwarded = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    return forwarded instanceof String uri ? uri : req.getRequestURI();
  }

  private static boolean expired(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}
