package uk.practiceconnect.practice.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import uk.practiceconnect.practice.control.SignInCredential;
import uk.practiceconnect.practice.control.UserIdentityStore;
import uk.practiceconnect.practice.entity.StaffSession;

/**
 * Sign-in for people, as the container's authentication module (Jakarta Authentication), which the
 * server asks about every request to the application. The login page ({@link SignIn}) hands it the
 * credential. A successful sign-in leaves only a {@link StaffSession} (the username) in the HTTP
 * session; every later request is signed in again from it, with the user's role as it is now. So a
 * session carried to another instance by the data grid is still signed in there, and switching a
 * user off takes effect within a second. A page that needs a sign-in sends a visitor without one to
 * the login page, and the sign-in then goes on to that page.
 *
 * <p>A module of our own rather than a Jakarta Security mechanism: the server's bridge to such a
 * mechanism looks the CDI bean manager up twice for every request, the REST API's included, which
 * cost a fifth of the time of a {@code GET /api/v1/ping} (bench/README.md). Here the API (which
 * signs calls in by key, never by session) is let through at once, and the answer is not looked at.
 */
final class StaffSignInModule implements ServerAuthModule {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String AFTER_SIGN_IN = "practiceconnect.afterSignIn";

  /** The request attribute in which the login page hands over the credential typed in. */
  static final String CREDENTIAL = "practiceconnect.signIn.credential";

  private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  private final UserIdentityStore users;
  private CallbackHandler container;

  StaffSignInModule(UserIdentityStore users) {
    this.users = users;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.container = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    var request = (HttpServletRequest) message.getRequestMessage();
    var response = (HttpServletResponse) message.getResponseMessage();
    if (request.getAttribute(CREDENTIAL) instanceof SignInCredential credential) {
      CredentialValidationResult result = users.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthStatus.SEND_FAILURE; // the login page says so
      }
      String username = result.getCallerPrincipal().getName();
      request.getSession().setAttribute(StaffSession.ATTRIBUTE, new StaffSession(username));
      return signedIn(client, username, result.getCallerGroups());
    }
    boolean mandatory = Boolean.parseBoolean((String) message.getMap().get(MANDATORY));
    if (!mandatory && isApi(request)) {
      return AuthStatus.SUCCESS; // by key, in ApiKeyFilter; no session is ever read
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession s) {
      Optional<Set<String>> groups = users.groupsOf(s.username());
      if (groups.isPresent()) {
        return signedIn(client, s.username(), groups.get());
      }
      session.removeAttribute(StaffSession.ATTRIBUTE); // switched off or removed since
    }
    if (!mandatory) {
      return AuthStatus.SUCCESS; // a visitor, not signed in, on a page open to all
    }
    if ("GET".equals(request.getMethod())) {
      request.getSession().setAttribute(AFTER_SIGN_IN, pageAsked(request));
    }
    try {
      response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
    } catch (IOException e) {
      throw (AuthException) new AuthException("could not send the visitor to sign in").initCause(e);
    }
    return AuthStatus.SEND_CONTINUE;
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().clear();
    }
  }

  /**
   * Where to go after signing in: the page first asked for (kept in the session when a GET for a
   * page behind the sign-in was sent to the login page), else the start page. Only a path of ours.
   */
  static String afterSignIn(HttpSession session) {
    Object asked = session == null ? null : session.getAttribute(AFTER_SIGN_IN);
    if (session != null) {
      session.removeAttribute(AFTER_SIGN_IN);
    }
    return asked instanceof String path && path.startsWith("/") && !path.startsWith("//")
        ? path
        : "/index.xhtml";
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/", request.getContextPath().length());
  }

  private AuthStatus signedIn(Subject client, String username, Set<String> groups)
      throws AuthException {
    try {
      container.handle(
          new Callback[] {
            new CallerPrincipalCallback(client, username),
            new GroupPrincipalCallback(client, groups.toArray(String[]::new))
          });
    } catch (IOException | UnsupportedCallbackException e) {
      throw (AuthException) new AuthException("the server refused the sign-in").initCause(e);
    }
    return AuthStatus.SUCCESS;
  }

  private static String pageAsked(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
