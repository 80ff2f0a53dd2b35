package uk.practiceconnect.sandbox.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.practiceconnect.sandbox.notify.entity.NotifyApiKey;

/** The API keys the sandbox knows (from {@code sandbox.notify.api-keys}) and the token check. */
@ApplicationScoped
public class ApiKeys {

  @Inject NotifyConfig config;

  private JwtVerifier verifier;

  @PostConstruct
  void init() {
    verifier = new JwtVerifier(config.apiKeys(), Clock.systemUTC());
  }

  /** The key behind the request's bearer token, or a Notify AuthError. */
  public NotifyApiKey authenticate(String authorizationHeader) {
    return verifier.verify(authorizationHeader);
  }
}
