package uk.practiceconnect.gpconnect.control;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How GP Connect calls travel: mutual TLS from a key store (our certificate) and a trust store (the
 * Spine certificate authorities), or the JVM's defaults when none is configured; whether plain
 * {@code http://} is allowed (the stand-in in tests and the demo only); and the timeouts.
 */
record TransportSettings(
    boolean allowPlainHttp,
    Duration connectTimeout,
    Duration callTimeout,
    Optional<Store> keyStore,
    Optional<Store> trustStore) {

  /** A key or trust store file. The password is never logged or shown. */
  record Store(String path, char[] password, String type) {
    @Override
    public String toString() {
      return "Store[" + path + ", " + type + "]";
    }
  }

  static TransportSettings from(Config config) {
    return new TransportSettings(
        config.getOptionalValue("gpconnect.allow-plain-http", Boolean.class).orElse(false),
        Duration.ofMillis(millis(config, "gpconnect.connect-timeout-ms", 3000)),
        Duration.ofMillis(millis(config, "gpconnect.call-timeout-ms", 15000)),
        store(config, "gpconnect.tls.key-store"),
        store(config, "gpconnect.tls.trust-store"));
  }

  private static long millis(Config config, String key, long fallback) {
    return Math.max(100, config.getOptionalValue(key, Long.class).orElse(fallback));
  }

  private static Optional<Store> store(Config config, String key) {
    return config
        .getOptionalValue(key, String.class)
        .filter(path -> !path.isBlank())
        .map(
            path ->
                new Store(
                    path.strip(),
                    config
                        .getOptionalValue(key + "-password", String.class)
                        .orElse("")
                        .toCharArray(),
                    config.getOptionalValue(key + "-type", String.class).orElse("PKCS12")));
  }
}
