package uk.practiceconnect.testing;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback address (the JDK's HTTP client cannot bind
 * one): how the tests play a load balancer (127.0.0.9, trusted by the test server) forwarding a
 * client's address in {@code X-Forwarded-For}. The tests' rate limits then count that address, not
 * the one every other test shares. Answers are read whole (Connection: close).
 */
public final class RawHttp {

  /** The address the test server trusts as a load balancer (failsafe's HTTP_TRUSTED_PROXIES). */
  public static final String LOAD_BALANCER = "127.0.0.9";

  private RawHttp() {}

  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  /**
   * Sends the request line, the headers and {@code body} as given: a {@code Content-Length} is
   * added for a body unless the headers set it or a {@code Transfer-Encoding} (a test can declare a
   * length and send nothing, as a client that waits for an early answer would).
   */
  public static Reply send(
      int port, String method, String path, Map<String, String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(LOAD_BALANCER), 0));
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(60_000);
      Map<String, String> all = new LinkedHashMap<>();
      all.put("Host", "127.0.0.1");
      all.putAll(headers);
      if (body != null
          && !all.containsKey("Transfer-Encoding")
          && !all.containsKey("Content-Length")) {
        all.put("Content-Length", String.valueOf(content.length));
      }
      all.put("Connection", "close");
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      String reply = readReply(s.getInputStream());
      int split = reply.indexOf("\r\n\r\n");
      String[] lines = reply.substring(0, split < 0 ? reply.length() : split).split("\r\n");
      Map<String, List<String>> replyHeaders = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          replyHeaders
              .computeIfAbsent(
                  lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                  k -> new java.util.ArrayList<>())
              .add(lines[i].substring(colon + 1).strip());
        }
      }
      return new Reply(
          Integer.parseInt(lines[0].split(" ")[1]),
          replyHeaders,
          split < 0 ? "" : reply.substring(split + 4));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    }
  }

  /**
   * The answer's head and, when it gives a length, that many bytes of body: the server may keep the
   * connection open a while after it answered (draining a body it refused), and the test need not
   * wait for that.
   */
  private static String readReply(java.io.InputStream in) throws java.io.IOException {
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    int headEnd = -1;
    while (headEnd < 0) {
      int b = in.read();
      if (b < 0) {
        return got.toString(StandardCharsets.UTF_8);
      }
      got.write(b);
      String sofar = got.toString(StandardCharsets.ISO_8859_1);
      if (sofar.endsWith("\r\n\r\n")) {
        headEnd = got.size();
      }
    }
    String head = got.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int at = head.indexOf("\r\ncontent-length:");
    if (at < 0) {
      got.write(in.readAllBytes());
    } else {
      int length = Integer.parseInt(head.substring(at + 17, head.indexOf("\r\n", at + 2)).strip());
      got.write(in.readNBytes(length));
    }
    return got.toString(StandardCharsets.UTF_8);
  }
}
