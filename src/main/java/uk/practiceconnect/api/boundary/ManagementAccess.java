package uk.practiceconnect.api.boundary;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import uk.practiceconnect.api.control.ApiKeys;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.platform.web.BufferedResponse;
import uk.practiceconnect.platform.web.ProblemDetails;

/**
 * Operations endpoints: {@code /metrics} only with an all-practices API key (it reveals how the
 * service is used); {@code /health} answers UP or DOWN to anyone (load balancers ask it), its
 * details (queue sizes, the failing check's reason) only with such a key.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*"})
public class ManagementAccess extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject ApiKeys keys;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean operator = hasOperatorKey(req);
    if (operator) {
      chain.doFilter(req, res);
      return;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/metrics")) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"practice-connect\"");
      ProblemDetails.write(
          res,
          new DomainException(
              ErrorCode.UNAUTHENTICATED,
              "Metrics need an all-practices API key: send 'Authorization: Bearer <key>'"));
      return;
    }
    BufferedResponse buffered = new BufferedResponse(res);
    chain.doFilter(req, buffered);
    String status = statusOf(buffered.body());
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write("{\"status\":\"" + status + "\"}");
  }

  private boolean hasOperatorKey(HttpServletRequest req) {
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return keys.authenticate(header.substring(7).strip())
        .filter(k -> k.practiceId() == null)
        .isPresent();
  }

  /** UP or DOWN from the full answer; DOWN when it cannot be read. */
  static String statusOf(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      JsonObject health = reader.readObject();
      return "UP".equals(health.getString("status", "DOWN")) ? "UP" : "DOWN";
    } catch (RuntimeException e) {
      return "DOWN";
    }
  }
}
