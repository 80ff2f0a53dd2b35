package uk.practiceconnect.gpconnect.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of GP Connect calls. Spine authenticates Practice Connect by its client
 * certificate (the key store) and we trust the Spine certificate authorities (the trust store);
 * either missing falls back to the JVM's own (no client certificate, the JVM's trusted roots).
 */
final class TlsContexts {

  private TlsContexts() {}

  static SSLContext of(TransportSettings settings) throws GeneralSecurityException, IOException {
    KeyManagerFactory keys = null;
    if (settings.keyStore().isPresent()) {
      TransportSettings.Store store = settings.keyStore().get();
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load(store), store.password());
    }
    TrustManagerFactory trust = null;
    if (settings.trustStore().isPresent()) {
      trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(settings.trustStore().get()));
    }
    if (keys == null && trust == null) {
      return SSLContext.getDefault();
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        keys == null ? null : keys.getKeyManagers(),
        trust == null ? null : trust.getTrustManagers(),
        null);
    return context;
  }

  private static KeyStore load(TransportSettings.Store store)
      throws GeneralSecurityException, IOException {
    KeyStore keyStore = KeyStore.getInstance(store.type());
    try (InputStream in = Files.newInputStream(Path.of(store.path()))) {
      keyStore.load(in, store.password());
    }
    return keyStore;
  }
}
