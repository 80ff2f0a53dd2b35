package uk.practiceconnect.gpconnect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practiceconnect.platform.entity.InvalidValueException;

/** The endpoint and ASID a practice manager types or pastes, as the settings read them. */
class ProviderValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "provider.example.nhs.uk/gpc",
        "https://",
        "https://p.example.nhs.uk/gpc?x=1",
        "https://p.example.nhs.uk/gpc#top",
        "https://user:pw@p.example.nhs.uk/gpc",
        "https://p.example .nhs.uk/gpc",
        "mailto:someone@example.nhs.uk",
        "http://p.example.nhs.uk/gpc"
      })
  void refusesWhatIsNotAnHttpsBaseAddress(String raw) {
    assertThrows(InvalidValueException.class, () -> ProviderEndpoint.of(raw, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\t"})
  void anEmptyEndpointAsksForOne(String raw) {
    var e = assertThrows(InvalidValueException.class, () -> ProviderEndpoint.of(raw, false));
    assertEquals(true, e.getMessage().startsWith("Enter the provider's endpoint"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"918999198993", " 9189 9919 8993 ", "1"})
  void readsAnAsidWithSpacesDropped(String raw) {
    assertEquals(raw.replaceAll("\\s", ""), Asid.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12ab", "1234567890123", "-1", "1.5"})
  void refusesAnAsidThatIsNotUpTo12Digits(String raw) {
    assertThrows(InvalidValueException.class, () -> Asid.of(raw));
  }
}
