package uk.practiceconnect.reminders.entity;

import java.time.Instant;

/** A slot type with reminders on or off, as the settings page and the REST API show it. */
public record SlotTypeSwitch(String name, boolean enabled, Instant seenInEmisAt) {

  public String getName() {
    return name;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getSeenInEmisAt() {
    return seenInEmisAt;
  }
}
