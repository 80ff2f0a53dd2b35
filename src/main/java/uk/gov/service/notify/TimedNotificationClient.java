package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * GOV.UK Notify's official client with connect and read timeouts. The client opens its connections
 * in a package-private method and sets no timeouts, so a hung call could outlive the sender's lease
 * and let a second sender send the same text; this subclass (which must sit in the client's package
 * to override that method) bounds every call. Nothing else of the client is changed.
 */
public class TimedNotificationClient extends NotificationClient {

  private final int connectTimeoutMs;
  private final int readTimeoutMs;

  public TimedNotificationClient(
      String apiKey, String baseUrl, int connectTimeoutMs, int readTimeoutMs) {
    super(apiKey, baseUrl);
    this.connectTimeoutMs = connectTimeoutMs;
    this.readTimeoutMs = readTimeoutMs;
  }

  @Override
  HttpURLConnection getConnection(URL url) throws IOException {
    HttpURLConnection conn = super.getConnection(url);
    conn.setConnectTimeout(connectTimeoutMs);
    conn.setReadTimeout(readTimeoutMs);
    return conn;
  }
}
