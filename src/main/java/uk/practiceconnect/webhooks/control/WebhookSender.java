package uk.practiceconnect.webhooks.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.practiceconnect.platform.control.CredentialCipher;
import uk.practiceconnect.platform.entity.InvalidValueException;
import uk.practiceconnect.webhooks.control.DeliveryClaims.Claimed;
import uk.practiceconnect.webhooks.entity.EndpointUrl;
import uk.practiceconnect.webhooks.entity.Signature;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;
import uk.practiceconnect.webhooks.entity.WebhookSecret;

/**
 * Posts one claimed delivery, signed, and records what came of it. Short timeouts (connect, then
 * the whole answer) so a slow receiver holds one sender thread for seconds at most; redirects are
 * not followed (they could lead to an address we would refuse), and the host is checked again
 * before each try. Only the status code is kept of the answer, never its body.
 */
@ApplicationScoped
public class WebhookSender {

  static final String USER_AGENT = "PracticeConnect-Webhooks/1";

  @Inject WebhookSettings settings;
  @Inject DeliveryClaims claims;
  @Inject CredentialCipher cipher;
  @Inject Clock clock;

  private HttpClient http;

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
  }

  /**
   * Posts the delivery and records the outcome; after a success, the endpoint's next due delivery
   * (already claimed), if there is one.
   */
  public Optional<Claimed> send(Claimed claimed) {
    WebhookDelivery d = claimed.delivery();
    WebhookEndpoint endpoint = claimed.endpoint();
    Integer status = null;
    String error;
    try {
      EndpointUrl url = new EndpointUrl(java.net.URI.create(endpoint.url()));
      url.recheck(settings.allowHttpLoopback(), EndpointUrl.DNS);
      long timestamp = clock.instant().getEpochSecond();
      String body = d.event().body();
      HttpRequest request =
          HttpRequest.newBuilder(url.uri())
              .timeout(settings.readTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", USER_AGENT)
              .header("webhook-id", d.event().messageId())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  Signature.header(secrets(endpoint), d.event().messageId(), timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      // the request timeout covers the wait for the headers; the get() bounds the rest as well
      HttpResponse<Void> response =
          http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .get(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
      status = response.statusCode();
      if (status / 100 == 2) {
        return claims.deliveredThenNext(claimed, status, clock.instant(), settings.lease());
      }
      error = "Answered HTTP " + status;
    } catch (InvalidValueException e) {
      error = "Not sent: " + e.getMessage();
    } catch (TimeoutException e) {
      error = "No answer within " + settings.readTimeout().toMillis() + " ms";
    } catch (ExecutionException e) {
      error = describe(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "Interrupted: the server was stopping";
    } catch (RuntimeException e) {
      error = "Not sent: " + e.getClass().getSimpleName();
    }
    claims.failed(d.id(), status, error, clock.instant());
    return Optional.empty();
  }

  private static String describe(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return "No answer in time";
    }
    if (cause instanceof ConnectException) {
      return "Could not connect";
    }
    return "Failed: " + (cause == null ? "unknown" : cause.getClass().getSimpleName());
  }

  /** The current secret, and the one before a rotation while it still signs. */
  List<WebhookSecret> secrets(WebhookEndpoint endpoint) {
    List<WebhookSecret> secrets = new ArrayList<>();
    secrets.add(open(endpoint.secret(), endpoint));
    Instant now = clock.instant();
    endpoint.oldSecret(now).ifPresent(old -> secrets.add(open(old, endpoint)));
    return secrets;
  }

  private WebhookSecret open(
      uk.practiceconnect.platform.entity.SealedSecret sealed, WebhookEndpoint e) {
    char[] plain = cipher.open(sealed, e.secretContext());
    try {
      return WebhookSecret.of(new String(plain));
    } finally {
      Arrays.fill(plain, '\0');
    }
  }
}
