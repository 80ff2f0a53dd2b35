package uk.practiceconnect.emis.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.practiceconnect.platform.entity.DomainException;

class IfMatchTest {

  @Test
  void readsStrongWeakAndMissingTags() {
    assertEquals(3L, EmisSettingsResource.expectedVersion("\"3\""));
    assertEquals(3L, EmisSettingsResource.expectedVersion("W/\"3\""));
    assertNull(EmisSettingsResource.expectedVersion(null));
    assertNull(EmisSettingsResource.expectedVersion("*"));
  }

  @Test
  void refusesATagItDidNotIssue() {
    assertThrows(DomainException.class, () -> EmisSettingsResource.expectedVersion("\"abc\""));
  }
}
