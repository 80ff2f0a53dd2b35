package uk.practiceconnect.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.platform.entity.TrustedProxies;

/**
 * The address a request really came from, for rate limits: the connection's peer, or behind our own
 * load balancers ({@code http.trusted-proxies}) the right-most untrusted address of {@code
 * X-Forwarded-For}. Never used for anything but counting: it is not proof of who anyone is.
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "http.trusted-proxies")
  Optional<String> trustedProxies;

  private TrustedProxies trusted = TrustedProxies.none();

  @PostConstruct
  void read() {
    trusted = TrustedProxies.parse(trustedProxies.orElse(""));
  }

  public String of(HttpServletRequest request) {
    List<String> forwarded =
        trusted.isEmpty() ? List.of() : Collections.list(request.getHeaders("X-Forwarded-For"));
    return trusted.clientAddress(request.getRemoteAddr(), forwarded);
  }
}
