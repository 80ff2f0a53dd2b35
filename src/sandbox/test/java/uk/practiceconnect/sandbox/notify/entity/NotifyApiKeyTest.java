package uk.practiceconnect.sandbox.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyApiKeyTest {

  static final String SERVICE = "53ff6253-f57d-46af-89ee-17c82a90f77e";
  static final String SECRET = "d94c1f24-6a9d-4dcf-a90d-1099d89354c3";

  @Test
  void splitsNameServiceAndSecretEvenWhenTheNameHasDashes() {
    NotifyApiKey key = NotifyApiKey.parse("my-live-key-" + SERVICE + "-" + SECRET);
    assertEquals("my-live-key", key.name());
    assertEquals(UUID.fromString(SERVICE), key.serviceId());
    assertEquals(SECRET, key.secret());
    assertEquals(KeyType.LIVE, key.type());
  }

  @Test
  void tellsTheKeyTypeFromTheName() {
    assertEquals(KeyType.TEST, NotifyApiKey.parse("test_key-" + SERVICE + "-" + SECRET).type());
    assertEquals(KeyType.TEAM, NotifyApiKey.parse("Team-key-" + SERVICE + "-" + SECRET).type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        SERVICE + "-" + SECRET,
        "name-" + SERVICE + SECRET,
        "name-1-2-3-4-5-d94c1f24-6a9d-4dcf-a90d-1099d89354c3xxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void refusesMalformedKeys(String key) {
    assertThrows(IllegalArgumentException.class, () -> NotifyApiKey.parse(key));
  }

  @Test
  void neverShowsTheSecret() {
    assertFalse(NotifyApiKey.parse("k-" + SERVICE + "-" + SECRET).toString().contains(SECRET));
  }
}
