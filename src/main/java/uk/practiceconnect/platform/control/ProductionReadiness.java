package uk.practiceconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.practiceconnect.platform.entity.ProductionSettings;

/**
 * {@code /health/ready} says DOWN, with the reason, when a setting production needs has gone
 * missing or wrong since start-up, or when the EMIS or Notify address points at a stand-in that
 * does not answer. Looked at most every ten seconds while all is well, every second while not,
 * however often the load balancer asks.
 */
@Readiness
@ApplicationScoped
public class ProductionReadiness implements HealthCheck {

  static final Duration FRESH_FOR = Duration.ofSeconds(10);
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile Instant lookedAt = Instant.EPOCH;
  private volatile List<String> problems = List.of();

  @Override
  public HealthCheckResponse call() {
    // a good answer is kept for ten seconds; a bad one only for a second, so an instance that has
    // just started (its stand-ins still deploying) or has just been put right is ready at once
    if (Instant.now().isAfter(lookedAt.plus(problems.isEmpty() ? FRESH_FOR : RETRY_AFTER))) {
      problems = look();
      lookedAt = Instant.now();
    }
    var response = HealthCheckResponse.named("settings");
    for (int i = 0; i < problems.size(); i++) {
      response.withData("problem" + (i + 1), problems.get(i));
    }
    return response.status(problems.isEmpty()).build();
  }

  private List<String> look() {
    Config config = ConfigProvider.getConfig();
    List<String> found =
        new ArrayList<>(
            ProductionSettings.problems(key -> config.getOptionalValue(key, String.class)));
    for (String key : List.of("emis.partner.base-url", "sms.notify.base-url")) {
      config
          .getOptionalValue(key, String.class)
          .filter(ProductionSettings::pointsAtStandIn)
          .filter(url -> !answers(standInsRoot(LocalServer.follow(url))))
          .ifPresent(url -> found.add(key + " points at a stand-in that does not answer: " + url));
    }
    return found;
  }

  /** The stand-ins WAR's own start page, which answers 200 whenever it is deployed. */
  static String standInsRoot(String url) {
    int at = url.indexOf("/sandbox");
    return url.substring(0, at) + "/sandbox/";
  }

  private boolean answers(String url) {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() < 400;
    } catch (Exception e) {
      return false;
    }
  }
}
