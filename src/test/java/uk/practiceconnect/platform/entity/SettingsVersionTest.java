package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsVersionTest {

  @Test
  void noExpectedVersionMeansNoCheck() {
    assertFalse(SettingsVersion.isStale(null, null));
    assertFalse(SettingsVersion.isStale(null, 7L));
  }

  @Test
  void aSaveBasedOnNeverSavedSettingsLosesOnceTheFirstSaveExists() {
    assertFalse(SettingsVersion.isStale(SettingsVersion.NEVER_SAVED, null));
    // the first save's row starts at 0: "nothing saved" is not the same as version 0
    assertTrue(SettingsVersion.isStale(SettingsVersion.NEVER_SAVED, 0L));
  }

  @Test
  void onlyTheStoredVersionPasses() {
    assertFalse(SettingsVersion.isStale(3L, 3L));
    assertTrue(SettingsVersion.isStale(2L, 3L));
    assertTrue(SettingsVersion.isStale(0L, null), "a version of a row that does not exist");
  }
}
