package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LocalServerTest {

  static final URI SANDBOX = URI.create("http://127.0.0.1:8080/sandbox/emis/partner/v1/logon?x=1");

  @Test
  void aCallToTheConfiguredPortGoesToTheBoundOne() {
    assertEquals(
        URI.create("http://127.0.0.1:8466/sandbox/emis/partner/v1/logon?x=1"),
        LocalServer.rewrite(SANDBOX, OptionalInt.of(8080), OptionalInt.of(8466)).orElseThrow());
    assertEquals(
        URI.create("http://localhost:41234/sandbox/notify"),
        LocalServer.rewrite(
                URI.create("http://localhost:8080/sandbox/notify"),
                OptionalInt.of(8080),
                OptionalInt.of(41234))
            .orElseThrow());
  }

  @Test
  void nothingChangesWhenThePortsAgreeOrAreUnknown() {
    assertTrue(LocalServer.rewrite(SANDBOX, OptionalInt.of(8080), OptionalInt.of(8080)).isEmpty());
    assertTrue(LocalServer.rewrite(SANDBOX, OptionalInt.of(8080), OptionalInt.empty()).isEmpty());
    assertTrue(LocalServer.rewrite(SANDBOX, OptionalInt.empty(), OptionalInt.of(8466)).isEmpty());
  }

  @Test
  void realServicesAndOtherPortsAreLeftAlone() {
    for (String other :
        new String[] {
          "https://gateway.example.nhs.uk:8080/partner/v1/logon",
          "https://api.notifications.service.gov.uk",
          "http://notify.internal:8080/x",
          "http://127.0.0.1:9000/partner/v1/logon"
        }) {
      assertTrue(
          LocalServer.rewrite(URI.create(other), OptionalInt.of(8080), OptionalInt.of(8466))
              .isEmpty(),
          other);
    }
  }
}
