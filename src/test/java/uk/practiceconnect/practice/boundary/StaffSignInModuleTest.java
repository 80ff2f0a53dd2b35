package uk.practiceconnect.practice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.practice.control.UserIdentityStore;
import uk.practiceconnect.practice.entity.StaffSession;

class StaffSignInModuleTest {

  /** The users: riverside.manager may sign in as a practice admin; nobody else may. */
  private final UserIdentityStore users =
      new UserIdentityStore() {
        @Override
        public Optional<Set<String>> groupsOf(String username) {
          return "riverside.manager".equals(username)
              ? Optional.of(Set.of("practice-admin"))
              : Optional.empty();
        }
      };

  private final StaffSignInModule module = new StaffSignInModule(users);
  private final List<Callback> toContainer = new ArrayList<>();
  private final Map<String, Object> sessionAttributes = new HashMap<>();
  private boolean hasSession;
  private boolean sessionLookedFor;
  private String redirectedTo;

  {
    module.initialize(null, null, callbacks -> toContainer.addAll(List.of(callbacks)), Map.of());
  }

  @Test
  void theApiIsLetThroughWithoutLookingForASession() throws Exception {
    signedInAs("riverside.manager");
    assertEquals(AuthStatus.SUCCESS, ask("/api/v1/ping", null, false));
    assertFalse(sessionLookedFor);
    assertTrue(toContainer.isEmpty());
  }

  @Test
  void aSignedInSessionSignsTheRequestInWithTheRoleAsItIsNow() throws Exception {
    signedInAs("riverside.manager");
    assertEquals(AuthStatus.SUCCESS, ask("/practice/settings.xhtml", null, true));
    assertEquals("riverside.manager", ((CallerPrincipalCallback) toContainer.get(0)).getName());
    assertEquals(
        List.of("practice-admin"),
        List.of(((GroupPrincipalCallback) toContainer.get(1)).getGroups()));
  }

  @Test
  void aUserSwitchedOffSinceIsSentToSignInAndTheSessionForgetsThem() throws Exception {
    signedInAs("left.the.practice");
    assertEquals(AuthStatus.SEND_CONTINUE, ask("/practice/settings.xhtml", null, true));
    assertEquals("/login.xhtml", redirectedTo);
    assertNull(sessionAttributes.get(StaffSession.ATTRIBUTE));
    assertTrue(toContainer.isEmpty());
  }

  @Test
  void aPageBehindTheSignInGoesToTheLoginPageAndIsKeptForAfterwards() throws Exception {
    assertEquals(AuthStatus.SEND_CONTINUE, ask("/practice/reminders.xhtml", "day=2", true));
    assertEquals("/login.xhtml", redirectedTo);
    assertEquals(
        "/practice/reminders.xhtml?day=2", sessionAttributes.get(StaffSignInModule.AFTER_SIGN_IN));
  }

  @Test
  void aPageOpenToAllIsServedToAVisitorWithoutASession() throws Exception {
    assertEquals(AuthStatus.SUCCESS, ask("/book/A81001", null, false));
    assertNull(redirectedTo);
    assertFalse(hasSession);
    assertTrue(toContainer.isEmpty());
  }

  @Test
  void afterSigningInOnlyAPathOfOursIsFollowed() {
    assertEquals("/index.xhtml", StaffSignInModule.afterSignIn(null));
    for (String asked : List.of("//elsewhere.example/x", "https://elsewhere.example/")) {
      sessionAttributes.put(StaffSignInModule.AFTER_SIGN_IN, asked);
      assertEquals("/index.xhtml", StaffSignInModule.afterSignIn(fake(HttpSession.class)));
    }
    sessionAttributes.put(StaffSignInModule.AFTER_SIGN_IN, "/practice/settings.xhtml");
    assertEquals(
        "/practice/settings.xhtml", StaffSignInModule.afterSignIn(fake(HttpSession.class)));
    assertNull(sessionAttributes.get(StaffSignInModule.AFTER_SIGN_IN));
  }

  @Test
  void signingOutEmptiesTheSubject() {
    Subject subject = new Subject();
    subject.getPrincipals().add(() -> "riverside.manager");
    module.cleanSubject(null, subject);
    assertTrue(subject.getPrincipals().isEmpty());
  }

  private void signedInAs(String username) {
    hasSession = true;
    sessionAttributes.put(StaffSession.ATTRIBUTE, new StaffSession(username));
  }

  /** A GET of the path, as the server hands it to the module. */
  private AuthStatus ask(String path, String query, boolean mandatory) throws Exception {
    HttpServletRequest request = fake(HttpServletRequest.class, "GET", path, query);
    HttpServletResponse response = fake(HttpServletResponse.class);
    Map<String, Object> map = new HashMap<>();
    map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", String.valueOf(mandatory));
    MessageInfo message =
        new MessageInfo() {
          @Override
          public Object getRequestMessage() {
            return request;
          }

          @Override
          public Object getResponseMessage() {
            return response;
          }

          @Override
          public void setRequestMessage(Object request) {}

          @Override
          public void setResponseMessage(Object response) {}

          @Override
          @SuppressWarnings("rawtypes")
          public Map getMap() {
            return map;
          }
        };
    return module.validateRequest(message, new Subject(), null);
  }

  /**
   * A request (method, path, query), a response or a session answering only what the module asks.
   */
  private <T> T fake(Class<T> type, String... request) {
    boolean isSession = type == HttpSession.class;
    return type.cast(
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> request[0];
                  case "getRequestURI" -> request[1];
                  case "getQueryString" -> request[2];
                  case "getContextPath" -> "";
                  case "getAttribute" -> isSession ? sessionAttributes.get((String) args[0]) : null;
                  case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> sessionAttributes.remove((String) args[0]);
                  case "getSession" -> {
                    sessionLookedFor = true;
                    hasSession |= args == null || (Boolean) args[0];
                    yield hasSession ? fake(HttpSession.class) : null;
                  }
                  case "sendRedirect" -> redirectedTo = (String) args[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                }));
  }
}
