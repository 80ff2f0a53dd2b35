package uk.practiceconnect.practice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.practiceconnect.platform.web.ClientAddresses;
import uk.practiceconnect.practice.control.SignInCredential;
import uk.practiceconnect.practice.control.SignInThrottle;

/** The sign-in form. */
@Named
@RequestScoped
public class SignIn {

  @Inject FacesContext faces;
  @Inject SignInThrottle throttle;
  @Inject ClientAddresses addresses;

  private String username;
  private String password;

  public void submit() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    var request = (HttpServletRequest) ext.getRequest();
    var response = (HttpServletResponse) ext.getResponse();
    request.setAttribute(
        StaffSignInModule.CREDENTIAL,
        new SignInCredential(
            username == null ? "" : username,
            new Password(password == null ? "" : password),
            addresses.of(request)));
    boolean signedIn;
    try {
      signedIn = request.authenticate(response);
    } catch (ServletException refused) {
      signedIn = false;
    } finally {
      request.removeAttribute(StaffSignInModule.CREDENTIAL);
    }
    if (signedIn) {
      request.changeSessionId(); // no session fixation
      faces.responseComplete();
      ext.redirect(
          ext.getRequestContextPath() + StaffSignInModule.afterSignIn(request.getSession(false)));
      return;
    }
    password = null;
    String text =
        throttle
            .waitFor(username, addresses.of(request))
            .map(
                wait ->
                    "Too many attempts to sign in. Wait "
                        + Math.max(1, (wait.toSeconds() + 59) / 60)
                        + " minutes, then try again, or ask your support desk to set you a new"
                        + " password.")
            .orElse("The username or password is not right. Check them and try again.");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public void signOut() throws Exception {
    ExternalContext ext = faces.getExternalContext();
    ((HttpServletRequest) ext.getRequest()).logout();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
