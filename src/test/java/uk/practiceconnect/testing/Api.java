package uk.practiceconnect.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP client for the tests. Arquillian hands out the machine's own address; the tests talk
 * to loopback only, so the host is rewritten to 127.0.0.1.
 */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          // HTTP/1.1 as a load balancer speaks to us: one request per connection at a time, so a
          // connection the server closes takes one request with it, not every test's in flight
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;

  private Api(URI base) {
    this.base = base;
  }

  public static Api at(URL deployed) {
    return new Api(URI.create("http://127.0.0.1:" + deployed.getPort() + "/"));
  }

  public URI base() {
    return base;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Reply get(String path, String apiKey) {
    return send("GET", path, apiKey, null, Map.of());
  }

  public Reply delete(String path, String apiKey) {
    return send("DELETE", path, apiKey, null, Map.of());
  }

  public Reply put(String path, String apiKey, String json) {
    return send("PUT", path, apiKey, json, Map.of());
  }

  public Reply post(String path, String apiKey, String json) {
    return send("POST", path, apiKey, json, Map.of());
  }

  public Reply send(
      String method, String path, String apiKey, String json, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (apiKey != null) {
      b.header("Authorization", "Bearer " + apiKey);
    }
    headers.forEach(b::header);
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    }
  }

  /** What came back, with the JSON parsed on demand. */
  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
