package uk.practiceconnect.practice.control;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password together with the client address they came from (for the limits). */
public class SignInCredential extends UsernamePasswordCredential {

  private final String address;

  public SignInCredential(String username, Password password, String address) {
    super(username, password);
    this.address = address;
  }

  public String address() {
    return address;
  }
}
