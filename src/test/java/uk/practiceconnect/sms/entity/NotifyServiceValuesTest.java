package uk.practiceconnect.sms.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.service.notify.NotificationClient;
import uk.practiceconnect.platform.entity.InvalidValueException;

class NotifyServiceValuesTest {

  static final String SERVICE = "72b387cf-b452-4d7f-8f6d-1e644919d873";
  static final String SECRET = "d89e6195-db80-4aad-8377-dac3c5bf67c3";
  static final String KEY = "riverside-live-key-" + SERVICE + "-" + SECRET;

  @Test
  void readsTheServiceIdAsNotifysOwnClientDoes() {
    NotifyApiKey key = NotifyApiKey.of(KEY);
    assertEquals(SERVICE, key.serviceId());
    assertEquals(new NotificationClient(KEY).getServiceId(), key.serviceId());
    assertEquals(new NotificationClient(KEY).getServiceId(), NotifyService.serviceIdOf(KEY));
  }

  @Test
  void acceptsAKeyPastedWithSpacesAndLineBreaksAroundIt() {
    NotifyApiKey key = NotifyApiKey.of("  " + KEY + "\n");
    assertEquals(KEY, new String(key.reveal()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SERVICE + "-" + SECRET, // no name
        "-" + SERVICE + "-" + SECRET, // an empty name
        "name-" + SECRET, // one code only
        "name" + SERVICE + "-" + SECRET, // no dash after the name
        "name-" + SERVICE + SECRET, // no dash between the codes
        "name-72b387cf-b452-4d7f-8f6d-1e644919d87x-" + SECRET, // not hexadecimal
        "name-" + SERVICE + "-d89e6195db80-4aad-8377-dac3c5bf67c3x", // not a UUID's shape
        "a-notify-key"
      })
  void refusesWhatIsNotAWholeNotifyKey(String raw) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NotifyApiKey.of(raw));
    assertTrue(e.getMessage().contains("not a whole GOV.UK Notify API key"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), "never echoes the key");
  }

  @Test
  void asksForTheKeyWhenItIsMissingAndRefusesOneTooLong() {
    assertEquals(
        "Enter the API key from your GOV.UK Notify service",
        assertThrows(InvalidValueException.class, () -> NotifyApiKey.of(" ")).getMessage());
    String tooLong = "n".repeat(NotifyApiKey.MAX_LENGTH) + "-" + SERVICE + "-" + SECRET;
    assertThrows(InvalidValueException.class, () -> NotifyApiKey.of(tooLong));
  }

  @Test
  void neverPrintsTheSecret() {
    NotifyApiKey key = NotifyApiKey.of(KEY);
    assertFalse(key.toString().contains(SECRET), key::toString);
    NotifyService service =
        new NotifyService(SERVICE, KEY, SECRET, java.util.Optional.empty(), false);
    assertFalse(service.toString().contains(KEY), service::toString);
  }

  @Test
  void templateIdIsAUuidInLowerCase() {
    assertEquals(
        "e5715007-42ab-4b03-bc2e-e66e2be2c1a3",
        NotifyTemplateId.of(" E5715007-42AB-4B03-BC2E-E66E2BE2C1A3 ").value());
    assertEquals(
        "Enter the ID of your text message template in GOV.UK Notify",
        assertThrows(InvalidValueException.class, () -> NotifyTemplateId.of("")).getMessage());
    assertTrue(
        assertThrows(InvalidValueException.class, () -> NotifyTemplateId.of("((body))"))
            .getMessage()
            .startsWith("The template ID must look like"));
  }

  @Test
  void senderIdIsAUuidOrLeftEmptyForTheDefaultSender() {
    assertNull(SmsSenderId.ofOptional(null));
    assertNull(SmsSenderId.ofOptional("  "));
    assertEquals(SERVICE, SmsSenderId.ofOptional(SERVICE.toUpperCase()).value());
    assertTrue(
        assertThrows(InvalidValueException.class, () -> SmsSenderId.ofOptional("GPSURGERY"))
            .getMessage()
            .startsWith("The sender ID must look like"));
  }
}
