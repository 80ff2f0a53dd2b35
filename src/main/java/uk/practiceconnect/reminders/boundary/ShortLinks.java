package uk.practiceconnect.reminders.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.practiceconnect.reminders.entity.LinkToken;

/**
 * The short links in texts, {@code /r/<token>} (cancel) and {@code /r/stop/<token>} (stop
 * reminders), sent on to their pages. Short, because every character of a text costs.
 */
@WebServlet("/r/*")
public class ShortLinks extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    res.setHeader("Cache-Control", "no-store");
    String page;
    String token;
    if (path.startsWith("/stop/")) {
      page = "/reminder/stop.xhtml";
      token = path.substring("/stop/".length());
    } else {
      page = "/reminder/cancel.xhtml";
      token = path.startsWith("/") ? path.substring(1) : path;
    }
    // anything that is not a token's shape goes to the page as "no such link"
    String t = LinkToken.parse(token).map(LinkToken::value).orElse("x");
    res.sendRedirect(req.getContextPath() + page + "?t=" + t);
  }
}
