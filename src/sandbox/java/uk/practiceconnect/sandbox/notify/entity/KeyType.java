package uk.practiceconnect.sandbox.notify.entity;

import java.util.Locale;

/**
 * Notify's three kinds of API key. A test key never delivers to a phone and every message it sends
 * ends {@code delivered}; team and live keys behave alike in the sandbox (there is no team list).
 */
public enum KeyType {
  LIVE,
  TEAM,
  TEST;

  /** The sandbox tells the kind from the key's name, as its README documents. */
  public static KeyType ofKeyName(String keyName) {
    String name = keyName.toLowerCase(Locale.ROOT);
    if (name.startsWith("test")) {
      return TEST;
    }
    if (name.startsWith("team")) {
      return TEAM;
    }
    return LIVE;
  }
}
