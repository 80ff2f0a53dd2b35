package uk.practiceconnect.sandbox.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import uk.practiceconnect.sandbox.control.SandboxSwitch;

/**
 * With the sandbox off, everything under /sandbox answers 404, as if it did not exist. Declared
 * async-capable because the EMIS sandbox suspends partner calls (injected latency and timeouts)
 * instead of holding an HTTP thread, and every filter on the way must allow that.
 */
@WebFilter(urlPatterns = "/sandbox/*", asyncSupported = true)
public class SandboxFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Read on every request, so the switch is never cached; replaceable in tests. */
  transient BooleanSupplier sandboxOn = SandboxSwitch::enabled;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!sandboxOn.getAsBoolean()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(req, res);
  }
}
