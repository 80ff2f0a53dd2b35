package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;

/**
 * Mutual TLS against an HTTPS provider that demands a client certificate. The stores are made with
 * the JDK's keytool at test time: a provider certificate for 127.0.0.1 and a client certificate for
 * us, each trusted by the other side.
 */
class MutualTlsTest {

  static final String PASSWORD = "test-store-pass";

  @TempDir static Path dir;

  @BeforeAll
  static void makeStores() throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        "provider",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "san=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        store("provider.p12"),
        "-storepass",
        PASSWORD);
    keytool(
        "-genkeypair",
        "-alias",
        "consumer",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=practice-connect",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        store("consumer.p12"),
        "-storepass",
        PASSWORD);
  }

  static String store(String name) {
    return dir.resolve(name).toString();
  }

  static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
  }

  static TransportSettings.Store pkcs12(String name) {
    return new TransportSettings.Store(store(name), PASSWORD.toCharArray(), "PKCS12");
  }

  static FakeProvider httpsProvider() throws Exception {
    SSLContext context =
        TlsContexts.of(
            new TransportSettings(
                false,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Optional.of(pkcs12("provider.p12")),
                Optional.of(pkcs12("consumer.p12"))));
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters parameters = context.getDefaultSSLParameters();
            parameters.setNeedClientAuth(true);
            params.setSSLParameters(parameters);
          }
        });
    return FakeProvider.over(server);
  }

  static GpConnectClient client(Optional<TransportSettings.Store> keyStore) {
    return new GpConnectClient(
        FakeProvider.us(),
        new TransportSettings(
            false,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            keyStore,
            Optional.of(pkcs12("provider.p12"))),
        FakeProvider.CLOCK);
  }

  @Test
  void callsAnHttpsProviderWithOurClientCertificate() throws Exception {
    try (FakeProvider provider = httpsProvider()) {
      provider.answer(200, CannedFhir.CAPABILITY);
      var capability =
          client(Optional.of(pkcs12("consumer.p12"))).capabilityStatement(provider.target("https"));
      assertEquals("1.2.7", capability.specificationVersion());
      assertEquals(1, provider.seen().size());
    }
  }

  @Test
  void aProviderWeDoNotTrustIsRefusedAsASetUpProblem() throws Exception {
    try (FakeProvider provider = httpsProvider()) {
      GpConnectClient trustingNobody =
          new GpConnectClient(
              FakeProvider.us(),
              new TransportSettings(
                  false,
                  Duration.ofSeconds(2),
                  Duration.ofSeconds(5),
                  Optional.of(pkcs12("consumer.p12")),
                  Optional.of(pkcs12("consumer.p12"))),
              FakeProvider.CLOCK);
      PartnerException e =
          assertThrows(
              PartnerException.class,
              () -> trustingNobody.capabilityStatement(provider.target("https")));
      assertEquals(PartnerOutcome.ACCESS_REFUSED, e.outcome());
      assertTrue(e.outcome().isSetUpProblem());
      assertTrue(provider.seen().isEmpty());
    }
  }
}
