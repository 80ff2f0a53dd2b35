package uk.practiceconnect.practice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

class IntegrationRouteTest {

  @Test
  void readsEitherNameInAnyCaseWithSpacesAround() {
    assertEquals(IntegrationRoute.EMIS, IntegrationRoute.of("EMIS"));
    assertEquals(IntegrationRoute.GP_CONNECT, IntegrationRoute.of(" gp_connect "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "GP CONNECT", "GPCONNECT", "TPP", "EMIS_PARTNER"})
  void refusesAnythingElseNamingBoth(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> IntegrationRoute.of(raw));
    assertEquals(true, e.getMessage().contains("EMIS or GP_CONNECT"), e.getMessage());
  }

  @Test
  void refusesNothingAtAll() {
    assertThrows(InvalidValueException.class, () -> IntegrationRoute.of(null));
  }
}
