package uk.practiceconnect.statements.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short, stable addresses of the statements, {@code /privacy} (with {@code ?practice=A81001}
 * from a practice's page) and {@code /accessibility}, shown by their Faces views without a
 * redirect, so the address a patient shares is the one they saw.
 */
@WebServlet({StatementLinks.PRIVACY, StatementLinks.ACCESSIBILITY})
public class StatementLinks extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PRIVACY = "/privacy";
  static final String ACCESSIBILITY = "/accessibility";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    String view =
        PRIVACY.equals(req.getServletPath())
            ? "/statements/privacy.xhtml"
            : "/statements/accessibility.xhtml";
    req.getRequestDispatcher(view).forward(req, res);
  }
}
