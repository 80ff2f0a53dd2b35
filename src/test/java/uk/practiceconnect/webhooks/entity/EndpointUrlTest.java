package uk.practiceconnect.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

/** Which addresses may receive events. No DNS: hosts resolve from a fixed table. */
class EndpointUrlTest {

  static final Map<String, String> HOSTS =
      Map.ofEntries(
          Map.entry("hooks.example-trust.nhs.uk", "203.0.113.10"),
          Map.entry("localhost", "127.0.0.1"),
          Map.entry("intranet.example", "10.1.2.3"),
          Map.entry("sneaky.example", "169.254.169.254"),
          Map.entry("six.example", "2001:db8::10"));

  static final EndpointUrl.Resolver TABLE =
      host -> {
        String ip = HOSTS.getOrDefault(host, host.matches("[0-9.:\\[\\]a-f]+") ? host : null);
        if (ip == null) {
          throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(ip.replace("[", "").replace("]", ""))};
      };

  @Test
  void acceptsHttpsOnThePublicInternet() {
    EndpointUrl url = EndpointUrl.of(" https://hooks.example-trust.nhs.uk/in?x=1 ", false, TABLE);
    assertEquals("https://hooks.example-trust.nhs.uk/in?x=1", url.value());
    assertTrue(url.isHttps());
    EndpointUrl.of("https://six.example:8443/", false, TABLE);
  }

  @Test
  void refusesPlainHttpToThePublicInternetEvenWithLoopbackAllowed() {
    assertRefused("http://hooks.example-trust.nhs.uk/in", true, "https://");
  }

  @Test
  void plainHttpToLoopbackOnlyWhenAllowed() {
    EndpointUrl.of("http://127.0.0.1:9123/hook", true, TABLE);
    EndpointUrl.of("http://localhost:9123/hook", true, TABLE);
    assertRefused("http://127.0.0.1:9123/hook", false, "https://");
    assertRefused("https://localhost/hook", false, "public internet");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://intranet.example/",
        "https://sneaky.example/latest/meta-data",
        "https://10.0.0.1/",
        "https://172.16.5.4/",
        "https://192.168.1.1/",
        "https://100.64.0.1/",
        "https://0.0.0.0/",
        "https://[fd00::1]/",
        "https://[fe80::1]/",
        "https://224.0.0.1/"
      })
  void refusesAddressesInsideAPrivateNetworkWhateverTheSetting(String url) {
    assertRefused(url, true, "public internet");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "hooks.example-trust.nhs.uk/in",
        "ftp://hooks.example-trust.nhs.uk/in",
        "https://user:pw@hooks.example-trust.nhs.uk/in",
        "https://hooks.example-trust.nhs.uk/in#part",
        "https://exa mple.org/"
      })
  void refusesWhatIsNotAnHttpsUrl(String url) {
    assertThrows(InvalidValueException.class, () -> EndpointUrl.of(url, false, TABLE));
  }

  @Test
  void refusesAHostThatCannotBeFoundAndOneTooLong() {
    assertRefused("https://nowhere.example/", false, "could not be found");
    assertRefused("https://hooks.example-trust.nhs.uk/" + "a".repeat(500), false, "at most 500");
  }

  @Test
  void aHostThatNowPointsInsideIsRefusedBeforeTheNextDelivery() {
    EndpointUrl url = EndpointUrl.of("https://hooks.example-trust.nhs.uk/in", false, TABLE);
    EndpointUrl.Resolver rebound = host -> new InetAddress[] {InetAddress.getByName("10.0.0.7")};
    assertThrows(InvalidValueException.class, () -> url.recheck(false, rebound));
  }

  private static void assertRefused(String url, boolean loopback, String says) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EndpointUrl.of(url, loopback, TABLE));
    assertTrue(e.getMessage().contains(says), e.getMessage());
  }
}
