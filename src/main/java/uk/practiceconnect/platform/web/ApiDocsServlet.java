package uk.practiceconnect.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The REST API's documentation for people, at {@code /api/docs}: Swagger UI, served from the WAR (a
 * network without the internet still shows it), reading the contract from {@code /openapi}. An
 * exact servlet mapping, so the REST application under {@code /api/*} never sees the request and no
 * API key is asked for: the contract is no secret.
 */
@WebServlet(urlPatterns = "/api/docs")
public class ApiDocsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Swagger UI sets style attributes and draws its icons as data: images; nothing else loads. */
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  static final String SWAGGER_UI = "/webjars/swagger-ui/5.35.0/";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String root = req.getContextPath();
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Content-Security-Policy", POLICY);
    res.setHeader("Cache-Control", "no-cache");
    PrintWriter out = res.getWriter();
    out.print(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>API documentation – Practice Connect</title>
          <link rel="stylesheet" href="%1$s%2$sswagger-ui.css">
          <link rel="stylesheet" href="%1$s/resources/css/api-docs.css">
        </head>
        <body>
          <a class="skip-link" href="#swagger-ui">Skip to the API documentation</a>
          <header class="docs-header">
            <p class="docs-brand"><a href="%1$s/">Practice Connect</a></p>
            <p class="docs-tools">For tools: <a href="%1$s/openapi">/openapi</a> (OpenAPI 3, YAML;
              add <code>?format=JSON</code> for JSON)</p>
          </header>
          <main id="swagger-ui" data-contract="%1$s/openapi?format=JSON">
            <noscript><p>This page needs JavaScript. The same description is at
              <a href="%1$s/openapi">/openapi</a>.</p></noscript>
          </main>
          <script src="%1$s%2$sswagger-ui-bundle.js"></script>
          <script src="%1$s/resources/js/api-docs-ui.js"></script>
        </body>
        </html>
        """
            .formatted(root, SWAGGER_UI));
  }
}
