package uk.practiceconnect.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in page driven without a browser, from a client address of the test's own (through the
 * trusted load balancer), so that the sign-in limits the test provokes touch nobody else: open the
 * page (a session and its form), then send a username and password.
 */
public final class SignInForm {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  /** What came back: signed in (sent on), or the page again with its message. */
  public record Outcome(boolean signedIn, String page) {
    public boolean locked() {
      return page.contains("Too many attempts to sign in");
    }
  }

  private final int port;
  private final String clientAddress;
  private String cookie;
  private final String viewState;
  private final String nonce;

  private SignInForm(
      int port, String clientAddress, String cookie, String viewState, String nonce) {
    this.port = port;
    this.clientAddress = clientAddress;
    this.cookie = cookie;
    this.viewState = viewState;
    this.nonce = nonce;
  }

  /** Opens the sign-in page as a browser at {@code clientAddress} would. */
  public static SignInForm open(int port, String clientAddress) {
    RawHttp.Reply page =
        RawHttp.send(port, "GET", "/login.xhtml", Map.of("X-Forwarded-For", clientAddress), null);
    String cookie = cookies(page, null);
    Matcher m = VIEW_STATE.matcher(page.body());
    if (cookie == null || !m.find()) {
      throw new IllegalStateException("the sign-in page gave no session or form: " + page);
    }
    Matcher nonce = NONCE.matcher(page.body());
    return new SignInForm(
        port, clientAddress, cookie, m.group(1), nonce.find() ? nonce.group(1) : "");
  }

  /** The cookies of the session, as a Cookie header ({@code JSESSIONID=...} among them). */
  public String cookie() {
    return cookie;
  }

  /** The session's id (the value of {@code JSESSIONID}). */
  public String sessionId() {
    for (String c : cookie.split(";\\s*")) {
      if (c.startsWith("JSESSIONID=")) {
        return c.substring("JSESSIONID=".length());
      }
    }
    throw new IllegalStateException("no JSESSIONID in " + cookie);
  }

  public Outcome submit(String username, String password) {
    String body =
        "login=login&login%3Ausername="
            + encode(username)
            + "&login%3Apassword="
            + encode(password)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + encode(viewState)
            + "&primefaces.nonce="
            + encode(nonce);
    RawHttp.Reply r =
        RawHttp.send(
            port,
            "POST",
            "/login.xhtml",
            Map.of(
                "X-Forwarded-For", clientAddress,
                "Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded"),
            body);
    boolean in = r.status() == 302 && String.valueOf(r.header("location")).contains("index.xhtml");
    if (in && r.header("set-cookie") != null) {
      cookie = cookies(r, cookie); // a new session id at sign-in
    }
    return new Outcome(in, r.body());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * The cookies a reply sets, as a Cookie header, over those sent before: a session that may move
   * between instances comes with more than one (Payara adds the session's version beside its id).
   */
  static String cookies(RawHttp.Reply reply, String before) {
    java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
    if (before != null) {
      for (String c : before.split(";\\s*")) {
        jar.put(c.split("=", 2)[0], c);
      }
    }
    for (String set : reply.all("set-cookie")) {
      String c = set.split(";", 2)[0];
      jar.put(c.split("=", 2)[0], c);
    }
    return jar.isEmpty() ? null : String.join("; ", jar.values());
  }
}
