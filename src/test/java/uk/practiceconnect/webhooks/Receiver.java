package uk.practiceconnect.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback for the end-to-end tests, written from the Standard Webhooks text
 * alone (it shares no code with the sender). How it answers depends on the path: {@code /flaky…}
 * answers 500 to the first try of each message and 200 after; {@code /hang…} holds every request
 * for 15 s; anything else answers 204.
 */
final class Receiver implements AutoCloseable {

  /** One request as it arrived. */
  record Received(
      String path,
      String id,
      String timestamp,
      String signatures,
      String body,
      long receivedAtMillis,
      int answered) {

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    String type() {
      return json().getString("type");
    }

    JsonObject data() {
      return json().getJsonObject("data");
    }

    /** Whether one of the header's signatures is ours under this secret. */
    boolean signedWith(String secret) {
      String mine = expected(secret, id, timestamp, body);
      return Arrays.stream(signatures.split(" ")).anyMatch(s -> same(s, mine));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

  private Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static Receiver start() {
    try {
      return new Receiver();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address of a path on this receiver. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange x) throws IOException {
    String body;
    try (InputStream in = x.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = x.getRequestURI().getPath();
    String id = x.getRequestHeaders().getFirst("webhook-id");
    int status = 204;
    if (path.startsWith("/flaky") && failedOnce.add(path + id)) {
      status = 500;
    } else if (path.startsWith("/hang")) {
      sleep(15_000);
    }
    received.add(
        new Received(
            path,
            id,
            x.getRequestHeaders().getFirst("webhook-timestamp"),
            x.getRequestHeaders().getFirst("webhook-signature"),
            body,
            System.currentTimeMillis(),
            status));
    x.sendResponseHeaders(status, -1);
    x.close();
  }

  List<Received> at(String path) {
    List<Received> out = new ArrayList<>();
    for (Received r : received) {
      if (r.path().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The first request to {@code path} of each event type. */
  Map<String, Received> byType(String path) {
    Map<String, Received> out = new ConcurrentHashMap<>();
    at(path).forEach(r -> out.putIfAbsent(r.type(), r));
    return out;
  }

  /**
   * {@code v1,} and base64(HMAC-SHA256(key, "id.timestamp.body")), the key being the bytes the
   * base64 after {@code whsec_} stands for.
   */
  static String expected(String secret, String id, String timestamp, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(sig);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison, as a real receiver should compare signatures. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
