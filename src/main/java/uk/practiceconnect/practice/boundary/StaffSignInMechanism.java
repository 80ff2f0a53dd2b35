package uk.practiceconnect.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.practice.control.UserIdentityStore;
import uk.practiceconnect.practice.entity.StaffSession;

/**
 * Sign-in for people, with the Faces login page ({@link SignIn} hands it the credential). A
 * successful sign-in leaves only a {@link StaffSession} (the username) in the HTTP session; every
 * later request is signed in again from it, with the user's role as it is now. So a session carried
 * to another instance by the data grid is still signed in there (the container's own record of the
 * signed-in caller does not travel with the session), and switching a user off takes effect within
 * a second. A page that needs a sign-in sends a visitor without one to the login page, and the
 * sign-in then goes on to that page. (Jakarta Security's own form mechanisms keep the caller in the
 * container's session record, which stays on the instance that signed them in.)
 */
@ApplicationScoped
public class StaffSignInMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String AFTER_SIGN_IN = "practiceconnect.afterSignIn";

  @Inject IdentityStoreHandler identityStores;
  @Inject UserIdentityStore users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result); // a failure: the login page says so
      }
      request
          .getSession()
          .setAttribute(
              StaffSession.ATTRIBUTE, new StaffSession(result.getCallerPrincipal().getName()));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession s) {
      Optional<Set<String>> groups = users.groupsOf(s.username());
      if (groups.isPresent()) {
        return context.notifyContainerAboutLogin(s.username(), groups.get());
      }
      session.removeAttribute(StaffSession.ATTRIBUTE); // switched off or removed since
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      request.getSession().setAttribute(AFTER_SIGN_IN, pageAsked(request));
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
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

  private static String pageAsked(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
