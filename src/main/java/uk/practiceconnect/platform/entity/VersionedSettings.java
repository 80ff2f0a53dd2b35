package uk.practiceconnect.platform.entity;

/** A practice's settings row with an optimistic version: see {@link SettingsVersion}. */
public interface VersionedSettings {

  /** The row's version, 0 after its first save. */
  long version();
}
