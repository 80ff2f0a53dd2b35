package uk.practiceconnect.platform.entity;

/**
 * The optimistic check every settings form and settings {@code PUT} shares. A practice's settings
 * row starts at version 0 when it is first saved, so settings never saved report {@link
 * #NEVER_SAVED}: a save based on "nothing saved yet" then loses to a first save made meanwhile,
 * instead of overwriting it.
 */
public final class SettingsVersion {

  /** The version of settings that were never saved (their row does not exist). */
  public static final long NEVER_SAVED = -1;

  private SettingsVersion() {}

  /**
   * Whether a save based on {@code expected} would overwrite a change its author has not seen.
   *
   * @param expected the version the caller read, or null for "no check"
   * @param stored the stored row's version, or null when there is no row yet
   */
  public static boolean isStale(Long expected, Long stored) {
    if (expected == null) {
      return false;
    }
    return expected != (stored == null ? NEVER_SAVED : stored);
  }
}
