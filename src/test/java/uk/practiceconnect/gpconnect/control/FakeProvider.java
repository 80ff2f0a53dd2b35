package uk.practiceconnect.gpconnect.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.practiceconnect.gpconnect.entity.Asid;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.gpconnect.entity.ProviderEndpoint;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * A GP Connect provider in the test: a JDK HTTP server on an ephemeral loopback port that records
 * every request and answers with the canned answers queued, in order.
 */
final class FakeProvider implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String PROVIDER_ASID = "918999198993";
  static final String BASE_PATH = "/A81001/STU3/1/gpconnect";

  record Seen(
      String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** The query's parameters in order, names and values decoded. */
    List<Map.Entry<String, String>> parameters() {
      List<Map.Entry<String, String>> all = new ArrayList<>();
      if (rawQuery == null) {
        return all;
      }
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        all.add(
            Map.entry(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
      }
      return all;
    }

    List<String> parameter(String name) {
      return parameters().stream()
          .filter(e -> e.getKey().equals(name))
          .map(Map.Entry::getValue)
          .toList();
    }
  }

  record Answer(int status, String body, Map<String, String> headers, Duration delay) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Deque<Answer> answers = new ArrayDeque<>();

  private FakeProvider(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static FakeProvider start() throws IOException {
    return new FakeProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
  }

  /** Takes over an HTTPS server built by the test (mutual TLS). */
  static FakeProvider over(HttpServer server) {
    return new FakeProvider(server);
  }

  synchronized FakeProvider answer(int status, String body) {
    return answer(new Answer(status, body, Map.of(), Duration.ZERO));
  }

  synchronized FakeProvider answer(Answer answer) {
    answers.add(answer);
    return this;
  }

  GpConnectTarget target() {
    return target("http");
  }

  GpConnectTarget target(String scheme) {
    return new GpConnectTarget(
        new ProviderEndpoint(URI.create(endpoint(scheme))),
        new Asid(PROVIDER_ASID),
        new OdsCode("A81001"));
  }

  String endpoint(String scheme) {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
  }

  List<Seen> seen() {
    return seen;
  }

  Seen last() {
    return seen.get(seen.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Answer answer;
    synchronized (this) {
      answer =
          Optional.ofNullable(answers.poll())
              .orElse(new Answer(500, "{}", Map.of(), Duration.ZERO));
    }
    try {
      Thread.sleep(answer.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/fhir+json;charset=utf-8");
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    try {
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      // the client gave up (timeout tests): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  static ConsumerIdentity us() {
    return new ConsumerIdentity(
        new Asid("200000000359"),
        "https://practice-connect.example/",
        new ConsumerIdentity.Organisation(
            "Y90001", "Practice Connect", "0300 000 0000", "gp-practice"),
        new ConsumerIdentity.Device(
            "https://practice-connect.uk/Id/device", "pc-1", "Practice Connect", "0.1.0"),
        new ConsumerIdentity.Practitioner(
            "online-booking",
            "Online booking",
            "Practice Connect",
            "",
            "UNK",
            "UNK",
            "https://practice-connect.uk/Id/user"));
  }

  static TransportSettings plainHttp(Duration callTimeout) {
    return new TransportSettings(
        true, Duration.ofSeconds(2), callTimeout, Optional.empty(), Optional.empty());
  }

  static GpConnectClient client() {
    return new GpConnectClient(us(), plainHttp(Duration.ofSeconds(5)), CLOCK);
  }
}
